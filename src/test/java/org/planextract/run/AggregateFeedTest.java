package org.planextract.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planextract.CorpusExtraction;
import org.planextract.TestCorpus;
import org.planextract.model.ErrorCode;
import org.planextract.model.PlanDocument;
import org.planextract.run.DocumentJob.Processed;
import org.planextract.write.AggregateWriter;
import org.planextract.write.AtomicFiles;
import org.planextract.write.JsonOutput;

/**
 * The aggregates a run fills while it extracts ({@link AggregateFeed}) are those rebuilt from the
 * per-plan files afterwards, whether the plans come from memory or, past the budget, from their
 * files; a feed that fails or is abandoned leaves no temp file and the old aggregates in place.
 */
class AggregateFeedTest {
  private static final List<String> AGGREGATES = List.of("corpus.jsonl", "indicators.csv", "targets.csv",
      "compare.csv", "compare.html", "corpus.sqlite");

  private final JsonOutput json = new JsonOutput();

  private AggregateWriter writer() {
    return new AggregateWriter(Protocol.mapper(), json, new AtomicFiles(), CorpusRun.exportContext(TestCorpus.rules()));
  }

  /** The corpus plans in two formats, fresh from the extractor, each written to its plan file as a run does. */
  private List<PlanDocument> written(Path dir) throws IOException {
    List<PlanDocument> docs = new ArrayList<>();
    for (String format : List.of("txt", "html")) {
      for (String id : TestCorpus.docIds()) {
        Path file = TestCorpus.file(id, format);
        PlanDocument doc = CorpusExtraction.extractor().extract(file, Files.readAllBytes(file), id + "-" + format);
        Files.writeString(dir.resolve(doc.docId() + ".json"), json.pretty(doc), StandardCharsets.UTF_8);
        docs.add(doc);
      }
    }
    return docs;
  }

  private static Processed ok(PlanDocument doc) {
    return new Processed(DocumentJob.ok(Path.of(doc.docId() + ".txt"), doc.docId(), "0", doc, false), doc);
  }

  @ParameterizedTest(name = "budget {0}")
  @ValueSource(ints = {0, 1, 3, 100})
  void fedFromMemoryEqualsRebuiltFromTheFiles(int budget, @TempDir Path fed, @TempDir Path rebuilt) throws IOException {
    List<PlanDocument> docs = written(fed);
    List<Path> files = new ArrayList<>();
    for (PlanDocument doc : docs) {
      Files.copy(fed.resolve(doc.docId() + ".json"), rebuilt.resolve(doc.docId() + ".json"));
      files.add(rebuilt.resolve(doc.docId() + ".json"));
    }
    writer().write(files, rebuilt);

    // The plans from memory (not read back from their files), a failed input among them.
    try (AggregateFeed feed = AggregateFeed.start(writer(), fed, budget)) {
      for (int i = 0; i < docs.size(); i++) {
        PlanDocument doc = docs.get(i);
        feed.accept(feed.retain(ok(doc)));
        if (i == 2) {
          feed.accept(Processed.of(DocumentJob.failed(Path.of("bad.txt"), "bad", null, ErrorCode.EMPTY, "empty", null)));
        }
      }
      feed.finish();
    }

    for (String name : AGGREGATES) {
      assertArrayEquals(Files.readAllBytes(rebuilt.resolve(name)), Files.readAllBytes(fed.resolve(name)), name);
    }
    assertEquals(entries(rebuilt.resolve("indicators.xlsx")), entries(fed.resolve("indicators.xlsx")));
    assertEquals(List.of(), tempFiles(fed));
  }

  @Test
  void thePlansHeldNeverExceedTheBudget(@TempDir Path dir) throws IOException {
    List<PlanDocument> docs = written(dir);
    try (AggregateFeed feed = AggregateFeed.start(writer(), dir, 2)) {
      List<Processed> handed = docs.stream().map(d -> feed.retain(ok(d))).toList();
      assertEquals(2, handed.stream().filter(p -> p.document() != null).count(), "two held, the rest let go");
      handed.forEach(feed::accept);
      feed.finish();
    }
    assertEquals(docs.size(), Files.readAllLines(dir.resolve("corpus.jsonl"), StandardCharsets.UTF_8).size());
  }

  @Test
  void aPlanFileThatCannotBeReadBackFailsTheFeedAndLeavesNoTempFile(@TempDir Path dir) throws IOException {
    List<PlanDocument> docs = written(dir);
    Files.writeString(dir.resolve("corpus.jsonl"), "old\n", StandardCharsets.UTF_8);
    Files.delete(dir.resolve(docs.get(1).docId() + ".json"));
    AggregateFeed feed = AggregateFeed.start(writer(), dir, 0);
    docs.forEach(d -> feed.accept(feed.retain(ok(d))));
    assertThrows(IOException.class, feed::finish);
    feed.close();
    assertEquals("old\n", Files.readString(dir.resolve("corpus.jsonl"), StandardCharsets.UTF_8));
    assertFalse(Files.exists(dir.resolve("indicators.csv")));
    assertEquals(List.of(), tempFiles(dir));
  }

  @Test
  void aFeedClosedWithoutFinishingLeavesTheOldAggregates(@TempDir Path dir) throws IOException {
    List<PlanDocument> docs = written(dir);
    Files.writeString(dir.resolve("corpus.jsonl"), "old\n", StandardCharsets.UTF_8);
    try (AggregateFeed feed = AggregateFeed.start(writer(), dir, 4)) {
      docs.forEach(d -> feed.accept(feed.retain(ok(d))));
    }
    assertEquals("old\n", Files.readString(dir.resolve("corpus.jsonl"), StandardCharsets.UTF_8));
    assertEquals(List.of(), tempFiles(dir));
    assertTrue(Files.exists(dir.resolve(docs.get(0).docId() + ".json")), "plan files are not the feed's");
  }

  private static List<Path> tempFiles(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.getFileName().toString().endsWith(AtomicFiles.TEMP_SUFFIX)).toList();
    }
  }

  /** A workbook's parts and their bytes, but for its creation time. */
  private static List<String> entries(Path xlsx) throws IOException {
    List<String> parts = new ArrayList<>();
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        if (!e.getName().equals("docProps/core.xml")) {
          parts.add(e.getName() + "=" + new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return parts;
  }
}
