package org.planextract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.planextract.model.PlanDocument;

/** Extracts corpus plans once per test run and caches the documents. */
public final class CorpusExtraction {
  private static final Map<String, PlanDocument> CACHE = new ConcurrentHashMap<>();
  private static PlanExtractor extractor;

  private CorpusExtraction() {}

  public static synchronized PlanExtractor extractor() {
    if (extractor == null) {
      extractor = new PlanExtractor(TestCorpus.rules());
    }
    return extractor;
  }

  public static PlanDocument extract(String docId, String format) {
    return CACHE.computeIfAbsent(docId + "/" + format, k -> {
      Path file = TestCorpus.file(docId, format);
      try {
        return extractor().extract(file, Files.readAllBytes(file), docId);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
