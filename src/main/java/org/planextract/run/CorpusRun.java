package org.planextract.run;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.planextract.run.InputCollector.Input;
import org.planextract.PlanExtractor;
import org.planextract.Deadline;
import org.planextract.model.ErrorCode;
import org.planextract.model.InputStatus;
import org.planextract.model.Manifest;
import org.planextract.model.ManifestInput;
import org.planextract.model.PlanDocument;
import org.planextract.model.Target;
import org.planextract.incremental.FingerprintStore;
import org.planextract.incremental.RerunPlanner;
import org.planextract.incremental.RuleFingerprint;
import org.planextract.problems.PlanExtractException;
import org.planextract.compare.CompareEntries;
import org.planextract.write.AggregateWriter;
import org.planextract.write.ExportContext;
import org.planextract.write.AtomicFiles;
import org.planextract.write.JsonOutput;

/**
 * Runs the extractor over many inputs into an output folder, on a pool of worker threads sharing
 * one extractor (rules and HanLP loaded once). This is the one catch boundary: a document that
 * fails is recorded with its error code and a one-line reason, any stale output of its docId is
 * removed, and the run goes on. Per-plan files appear only whole; corpus.jsonl, indicators.csv and
 * indicators.xlsx are then rebuilt from the per-plan files, in input order, so they always agree
 * with them. Memory stays bounded: no document is kept after it is written.
 */
public final class CorpusRun {
  private final PlanExtractor extractor;
  private final RunOptions options;
  private final JsonOutput json = new JsonOutput();
  private final AtomicFiles files = new AtomicFiles();
  private final FingerprintStore fingerprints = new FingerprintStore();
  private final ObjectMapper reader = new JsonOutput().mapper().copy()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public CorpusRun(PlanExtractor extractor, RunOptions options) {
    this.extractor = extractor;
    this.options = options;
  }

  public RunResult run(List<Path> arguments, RunListener listener) throws IOException {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    Path outDir = options.outDir();
    Files.createDirectories(outDir);
    removeLeftoverTempFiles(outDir);
    List<Input> inputs = new InputCollector().collect(arguments);
    listener.started(inputs.size());
    Optional<RuleFingerprint> fingerprint = RuleFingerprint.of(extractor.rules());
    RerunPlanner planner = new RerunPlanner(extractor.rules().sha256(), fingerprint.orElse(null),
        options.incremental() ? fingerprints.read(outDir).orElse(null) : null);
    List<ManifestInput> entries = new ArrayList<>();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    try (RunJournal journal = RunJournal.open(outDir, options.incremental())) {
      List<Future<ManifestInput>> futures = new ArrayList<>();
      for (Input input : inputs) {
        futures.add(pool.submit(() -> {
          ManifestInput entry = input.problem() != null
              ? failed(input.path(), null, null, input.problem(), input.reason())
              : process(input.path(), input.docId(), journal, planner, fingerprint);
          listener.inputDone(entry, done.incrementAndGet(), inputs.size());
          return entry;
        }));
      }
      for (Future<ManifestInput> f : futures) {
        entries.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("run interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a worker failed outside the document boundary", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    List<Path> written = entries.stream().filter(e -> e.status() == InputStatus.OK)
        .map(e -> outDir.resolve(e.docId() + ".json")).toList();
    listener.phase("writing corpus files");
    new AggregateWriter(reader, json, files, exportContext(extractor.rules())).write(written, outDir);
    int failed = (int) entries.stream().filter(e -> e.status() == InputStatus.FAILED).count();
    BigDecimal seconds = BigDecimal.valueOf(System.nanoTime() - t0).movePointLeft(9).setScale(3, RoundingMode.HALF_UP);
    Manifest manifest = new Manifest("plan-extract", toolVersion(), PlanDocument.SCHEMA_VERSION,
        extractor.rules().sha256(), started.toString(), seconds, entries.size(), entries.size() - failed,
        failed, entries);
    files.write(outDir.resolve("manifest.json"), json.pretty(manifest));
    if (fingerprint.isPresent()) {
      fingerprints.write(outDir, fingerprint.get());
    } else {
      Files.deleteIfExists(outDir.resolve(RuleFingerprint.FILE));
    }
    return new RunResult(manifest);
  }

  /** A run killed while writing leaves a hidden {@code .name….part} temp file; the next run removes it. */
  private static void removeLeftoverTempFiles(Path outDir) throws IOException {
    try (var files = Files.list(outDir)) {
      for (Path p : files.toList()) {
        String name = p.getFileName().toString();
        if (name.startsWith(".") && name.endsWith(".part") && Files.isRegularFile(p)) {
          Files.delete(p);
        }
      }
    }
  }

  private ManifestInput process(Path path, String docId, RunJournal journal, RerunPlanner planner,
      Optional<RuleFingerprint> fingerprint) {
    Path target = options.outDir().resolve(docId + ".json");
    String sha = null;
    try {
      byte[] bytes = readBytes(path);
      sha = PlanExtractor.sha256(bytes);
      String digest = sha;
      String reason = null;
      if (options.incremental()) {
        var previous = journal.previous(path.toString());
        var same = previous.filter(p -> p.sha256().equals(digest) && p.docId().equals(docId)
                && p.toolVersion().equals(toolVersion()))
            .filter(p -> Files.isRegularFile(target));
        if (same.isPresent()) {
          RunJournal.Entry p = same.get();
          RerunPlanner.Decision decision = planner.decide(p.rulesSha256(), p.rules(),
              p.format() == null ? "" : p.format(), p.ruleIds(), () -> extractor.read(path, bytes).text());
          if (!decision.rerun()) {
            PlanDocument doc = reader.readValue(target.toFile(), PlanDocument.class);
            journal.record(entry(path, docId, sha, doc, fingerprint));
            return ok(path, docId, sha, doc, true, decision.reason());
          }
          reason = "re-run: " + decision.reason();
        } else {
          reason = previous.isPresent() ? "input changed" : "new input";
        }
      }
      PlanDocument doc = extractor.extract(path, bytes, docId, Deadline.after(options.timeLimit()));
      files.write(target, json.pretty(doc));
      journal.record(entry(path, docId, sha, doc, fingerprint));
      return ok(path, docId, sha, doc, false, reason);
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

  private static ManifestInput ok(Path path, String docId, String sha, PlanDocument doc, boolean skipped, String reason) {
    return new ManifestInput(path.toString(), docId, sha, InputStatus.OK, skipped, null, null,
        doc.sections().size(), doc.boxes().size(), doc.tables().size(), doc.indicators().size(),
        doc.targets().size(), doc.warnings().size(), reason);
  }

  /** The journal line of a written (or confirmed) plan: with the rule files and target rules it used. */
  private RunJournal.Entry entry(Path path, String docId, String sha, PlanDocument doc, Optional<RuleFingerprint> fingerprint) {
    List<String> ruleIds = doc.targets().stream().map(Target::rule).filter(java.util.Objects::nonNull).distinct().sorted().toList();
    return new RunJournal.Entry(path.toString(), docId, sha, extractor.rules().sha256(), toolVersion(),
        doc.source().format().wire(), fingerprint.map(RuleFingerprint::files).orElse(null), ruleIds);
  }

  private byte[] readBytes(Path path) throws IOException {
    if (!Files.isRegularFile(path)) {
      throw new PlanExtractException(ErrorCode.UNREADABLE_INPUT, "not a regular file");
    }
    long size = Files.size(path);
    if (size > options.maxBytes()) {
      throw new PlanExtractException(ErrorCode.TOO_LARGE,
          "file is " + size + " bytes, over the limit of " + options.maxBytes() + " (--max-bytes)");
    }
    return Files.readAllBytes(path);
  }

  private static void deleteStale(Path target) {
    try {
      Files.deleteIfExists(target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove stale output " + target, e);
    }
  }

  private static ManifestInput failed(Path path, String docId, String sha, ErrorCode code, String reason) {
    return new ManifestInput(path.toString(), docId, sha, InputStatus.FAILED, false, code.name(),
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

  /** What the aggregate writers need from a rule set and this build. */
  public static ExportContext exportContext(org.planextract.rules.RuleSet rules) {
    return new ExportContext(toolVersion(), rules.sha256(),
        new CompareEntries(rules.dictionary(), rules.values().conversions()));
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
