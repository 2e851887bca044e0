package org.planextract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.planextract.InputCollector.Input;
import org.planextract.model.ErrorCode;
import org.planextract.model.InputStatus;
import org.planextract.model.Manifest;
import org.planextract.model.ManifestInput;
import org.planextract.model.PlanDocument;
import org.planextract.model.PlanExtractException;
import org.planextract.write.AtomicFiles;
import org.planextract.write.IndicatorsCsvWriter;
import org.planextract.write.IndicatorsXlsxWriter;
import org.planextract.write.JsonOutput;

/**
 * Runs the extractor over many inputs into an output folder. This is the one catch boundary: a
 * document that fails is recorded in the manifest with its error code and a one-line reason, any
 * stale output of the same docId is removed, and the run goes on. Files appear only whole.
 */
public final class CorpusRun {
  /** Inputs larger than this are refused unread. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  private final PlanExtractor extractor;
  private final long maxBytes;
  private final JsonOutput json = new JsonOutput();
  private final AtomicFiles files = new AtomicFiles();

  public CorpusRun(PlanExtractor extractor, long maxBytes) {
    this.extractor = extractor;
    this.maxBytes = maxBytes;
  }

  public RunResult run(List<Path> arguments, Path outDir, RunListener listener) throws IOException {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    Files.createDirectories(outDir);
    List<Input> inputs = new InputCollector().collect(arguments);
    List<ManifestInput> entries = new ArrayList<>();
    List<PlanDocument> documents = new ArrayList<>();
    Set<String> docIds = new HashSet<>();
    for (Input input : inputs) {
      ManifestInput entry;
      if (input.problem() != null) {
        entry = failed(input.path(), null, null, input.problem(), input.reason());
      } else {
        String docId = uniqueDocId(input.path(), docIds);
        entry = process(input.path(), docId, outDir, documents);
      }
      entries.add(entry);
      listener.inputDone(entry, entries.size(), inputs.size());
    }
    files.write(outDir.resolve("corpus.jsonl"), jsonl(documents));
    files.write(outDir.resolve("indicators.csv"), new IndicatorsCsvWriter().render(documents));
    files.write(outDir.resolve("indicators.xlsx"), new IndicatorsXlsxWriter().render(documents));
    int failed = (int) entries.stream().filter(e -> e.status() == InputStatus.FAILED).count();
    BigDecimal seconds = BigDecimal.valueOf(System.nanoTime() - t0).movePointLeft(9).setScale(3, RoundingMode.HALF_UP);
    Manifest manifest = new Manifest("plan-extract", toolVersion(), PlanDocument.SCHEMA_VERSION,
        extractor.rules().sha256(), started.toString(), seconds, entries.size(), entries.size() - failed,
        failed, entries);
    files.write(outDir.resolve("manifest.json"), json.pretty(manifest));
    return new RunResult(manifest);
  }

  private ManifestInput process(Path path, String docId, Path outDir, List<PlanDocument> documents) {
    Path target = outDir.resolve(docId + ".json");
    String sha = null;
    try {
      byte[] bytes = readBytes(path);
      sha = PlanExtractor.sha256(bytes);
      PlanDocument doc = extractor.extract(path, bytes, docId);
      files.write(target, json.pretty(doc));
      documents.add(doc);
      return new ManifestInput(path.toString(), docId, sha, InputStatus.OK, null, null,
          doc.sections().size(), doc.boxes().size(), doc.tables().size(), doc.indicators().size(),
          doc.targets().size(), doc.warnings().size());
    } catch (PlanExtractException e) {
      deleteStale(target);
      return failed(path, docId, sha, e.code(), e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      deleteStale(target);
      return failed(path, docId, sha, ErrorCode.UNREADABLE_INPUT, describe(e));
    } catch (RuntimeException | StackOverflowError e) {
      // A bug or a hostile input that escaped a reader's checks: record it, keep the run going.
      deleteStale(target);
      return failed(path, docId, sha, ErrorCode.INTERNAL,
          "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())));
    }
  }

  private byte[] readBytes(Path path) throws IOException {
    if (!Files.isRegularFile(path)) {
      throw new PlanExtractException(ErrorCode.UNREADABLE_INPUT, "not a regular file");
    }
    long size = Files.size(path);
    if (size > maxBytes) {
      throw new PlanExtractException(ErrorCode.TOO_LARGE,
          "file is " + size + " bytes, over the limit of " + maxBytes + " (--max-bytes)");
    }
    return Files.readAllBytes(path);
  }

  private void deleteStale(Path target) {
    try {
      Files.deleteIfExists(target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove stale output " + target, e);
    }
  }

  private static ManifestInput failed(Path path, String docId, String sha, ErrorCode code, String reason) {
    return new ManifestInput(path.toString(), docId, sha, InputStatus.FAILED, code.name(),
        firstLine(reason), null, null, null, null, null, null);
  }

  private static String describe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof NoSuchFileException) {
      return "no such file";
    }
    if (cause instanceof AccessDeniedException) {
      return "permission denied";
    }
    return "cannot read: " + cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : " " + firstLine(cause.getMessage()));
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("").strip();
  }

  /** The file stem; a second file with the same stem gets -2, -3 … so nothing is overwritten. */
  private static String uniqueDocId(Path path, Set<String> taken) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String id = stem;
    for (int n = 2; !taken.add(id); n++) {
      id = stem + "-" + n;
    }
    return id;
  }

  private String jsonl(List<PlanDocument> documents) {
    StringBuilder sb = new StringBuilder();
    for (PlanDocument doc : documents) {
      sb.append(json.line(doc)).append('\n');
    }
    return sb.toString();
  }

  /** The version baked into the jar at build time. */
  public static String toolVersion() {
    try (InputStream in = CorpusRun.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read version.properties", e);
    }
  }
}
