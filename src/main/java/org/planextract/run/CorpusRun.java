package org.planextract.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.planextract.PlanExtractor;
import org.planextract.compare.CompareEntries;
import org.planextract.incremental.FingerprintStore;
import org.planextract.incremental.RerunPlanner;
import org.planextract.incremental.RuleFingerprint;
import org.planextract.model.ErrorCode;
import org.planextract.model.InputStatus;
import org.planextract.model.Manifest;
import org.planextract.model.ManifestInput;
import org.planextract.model.PlanDocument;
import org.planextract.model.Target;
import org.planextract.rules.RuleSet;
import org.planextract.run.InputCollector.Input;
import org.planextract.write.AggregateWriter;
import org.planextract.write.AtomicFiles;
import org.planextract.write.ExportContext;
import org.planextract.write.JsonOutput;

/**
 * Runs the extractor over many inputs into an output folder: lock the folder, collect inputs,
 * process each on a {@link DocumentPool} (threads, or child JVMs with {@code PROCESSES}), fill the
 * aggregate files (corpus.jsonl, indicators.csv, indicators.xlsx …) in input order while later
 * documents are still running ({@link AggregateFeed}), and
 * always write manifest.json with every input accounted for. A document's failure is its manifest
 * entry; the only thing that stops the run is its own output folder failing
 * ({@code OUTPUT_UNWRITABLE}), reported once, after which nothing more is written.
 */
public final class CorpusRun {
  private final PlanExtractor extractor;
  private final RunOptions options;
  private final JsonOutput json = new JsonOutput();
  private final AtomicFiles files = new AtomicFiles();
  private final ObjectMapper reader = Protocol.mapper();
  private final FingerprintStore fingerprints = new FingerprintStore();

  public CorpusRun(PlanExtractor extractor, RunOptions options) {
    this.extractor = extractor;
    this.options = options;
  }

  public RunResult run(List<Path> arguments, RunListener listener) throws IOException {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    Path outDir = options.outDir();
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      throw new OutputUnwritableException("cannot create " + outDir + ": " + e.getClass().getSimpleName(), e);
    }
    try (RunLock lock = RunLock.acquire(outDir)) {
      return locked(arguments, listener, started, t0);
    } catch (java.nio.file.FileSystemException e) {
      throw new OutputUnwritableException("cannot write to " + outDir + ": " + e.getClass().getSimpleName()
          + (e.getReason() == null ? "" : " (" + e.getReason() + ")"), e);
    }
  }

  private RunResult locked(List<Path> arguments, RunListener listener, Instant started, long t0) throws IOException {
    Path outDir = options.outDir();
    removeLeftoverTempFiles(outDir);
    List<Input> inputs = new InputCollector().collect(arguments);
    listener.started(inputs.size());
    Optional<RuleFingerprint> fingerprint = RuleFingerprint.of(extractor.rules());
    RerunPlanner planner = new RerunPlanner(extractor.rules().sha256(), fingerprint.orElse(null),
        options.incremental() ? fingerprints.read(outDir).orElse(null) : null);
    AtomicReference<String> outputFailure = new AtomicReference<>();
    AggregateWriter aggregates = new AggregateWriter(reader, json, files, exportContext(extractor.rules()));
    try (AggregateFeed feed = AggregateFeed.start(aggregates, outDir, heldPlans(options.threads()))) {
      List<ManifestInput> entries;
      try (RunJournal journal = RunJournal.open(outDir, options.incremental(), listener::warning)) {
        AtomicInteger done = new AtomicInteger();
        IncrementalCheck incremental = new IncrementalCheck(journal, toolVersion(), reader, planner, extractor);
        try (DocumentPool pool = new DocumentPool(options, extractor)) {
          entries = pool.runAll(inputs, input -> {
            DocumentJob.Processed processed = one(input, journal, incremental, pool, outputFailure, fingerprint);
            listener.inputDone(processed.entry(), done.incrementAndGet(), inputs.size());
            return feed.retain(processed);
          }, feed::accept);
        }
        if (outputFailure.get() == null) {
          removeOutputsOfVanishedInputs(journal, entries);
        }
      } catch (OutputUnwritableException | IOException e) {
        outputFailure.compareAndSet(null, e.getMessage());
        entries = List.of();
      }
      Manifest manifest = manifest(entries, started, t0);
      if (outputFailure.get() != null) {
        return new RunResult(manifest, outputFailure.get());
      }
      try {
        listener.phase("writing corpus files");
        feed.finish();
        files.write(outDir.resolve("manifest.json"), out -> json.writePretty(manifest, out));
        if (fingerprint.isPresent()) {
          fingerprints.write(outDir, fingerprint.get());
        } else {
          Files.deleteIfExists(outDir.resolve(RuleFingerprint.FILE));
        }
        removeLeftoverTempFiles(outDir);
      } catch (IOException e) {
        return new RunResult(manifest, "cannot write to " + outDir + ": " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : " " + DocumentJob.firstLine(e.getMessage())));
      }
      return new RunResult(manifest);
    }
  }

  /**
   * How many extracted plans the aggregate feed may hold at a time: enough that workers finishing
   * ahead of a slower document rarely have their plans read back from disk, few enough that a
   * thousand-plan run stays in a small heap.
   */
  private static int heldPlans(int threads) {
    return 8 + 4 * threads;
  }

  private DocumentJob.Processed one(Input input, RunJournal journal, IncrementalCheck incremental, DocumentPool pool,
      AtomicReference<String> outputFailure, Optional<RuleFingerprint> fingerprint) {
    if (input.problem() != null) {
      return DocumentJob.Processed.of(DocumentJob.failed(input.path(), null, null, input.problem(), input.reason(), null));
    }
    if (outputFailure.get() != null) {
      return DocumentJob.Processed.of(DocumentJob.failed(input.path(), input.docId(), null, ErrorCode.OUTPUT_UNWRITABLE,
          "not processed: the output folder failed (" + outputFailure.get() + ")", null));
    }
    Path target = options.outDir().resolve(input.docId() + ".json");
    try {
      String reason = null;
      if (options.incremental()) {
        IncrementalCheck.Outcome check = incremental.check(input, target, options.maxBytes());
        if (check.skipped() != null) {
          journal.record(journalEntry(input, check.skipped().sha256(), check.document(), fingerprint));
          return new DocumentJob.Processed(check.skipped(), check.document());
        }
        reason = check.reason();
      }
      DocumentJob.Processed processed = pool.process(input, target);
      ManifestInput entry = processed.entry();
      if (entry.status() == InputStatus.OK) {
        // The plan as written: the journal keeps the rule files and target rules it was made with.
        PlanDocument doc = processed.document() != null ? processed.document()
            : reader.readValue(target.toFile(), PlanDocument.class);
        journal.record(journalEntry(input, entry.sha256(), doc, fingerprint));
      }
      return reason == null ? processed : new DocumentJob.Processed(entry.withReason(reason), processed.document());
    } catch (OutputUnwritableException | IOException e) {
      boolean first = outputFailure.compareAndSet(null, e.getMessage());
      return DocumentJob.Processed.of(DocumentJob.failed(input.path(), input.docId(), null, ErrorCode.OUTPUT_UNWRITABLE,
          (first ? "" : "not processed: ") + "the output folder failed (" + outputFailure.get() + ")", null));
    }
  }

  /** The journal line of a written (or confirmed) plan: with the rule files and target rules it used. */
  private RunJournal.Entry journalEntry(Input input, String sha, PlanDocument doc, Optional<RuleFingerprint> fingerprint) {
    List<String> ruleIds = doc.targets().stream().map(Target::rule).filter(java.util.Objects::nonNull).distinct()
        .sorted().toList();
    return new RunJournal.Entry(input.path().toString(), input.docId(), sha, extractor.rules().sha256(), toolVersion(),
        doc.source().format().wire(), fingerprint.map(RuleFingerprint::files).orElse(null), ruleIds);
  }

  /** What the aggregate writers need from a rule set and this build. */
  public static ExportContext exportContext(RuleSet rules) {
    return new ExportContext(toolVersion(), rules.sha256(),
        new CompareEntries(rules.dictionary(), rules.values().conversions()));
  }

  private Manifest manifest(List<ManifestInput> entries, Instant started, long t0) {
    int failed = (int) entries.stream().filter(e -> e.status() == InputStatus.FAILED).count();
    BigDecimal seconds = BigDecimal.valueOf(System.nanoTime() - t0).movePointLeft(9).setScale(3, RoundingMode.HALF_UP);
    return new Manifest("plan-extract", toolVersion(), PlanDocument.SCHEMA_VERSION, extractor.rules().sha256(),
        started.toString(), seconds, entries.size(), entries.size() - failed, failed, entries, options.limits(),
        options.isolation().name().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * An input the journal lists but this run no longer has (deleted, renamed, not given): its old
   * JSON is removed, so the folder holds exactly this run's plans (the aggregates never listed it).
   */
  private void removeOutputsOfVanishedInputs(RunJournal journal, List<ManifestInput> entries) throws IOException {
    Set<String> current = new HashSet<>();
    entries.stream().map(ManifestInput::docId).filter(java.util.Objects::nonNull).forEach(current::add);
    for (RunJournal.Entry old : journal.previousEntries()) {
      if (!current.contains(old.docId()) && !old.docId().contains("/") && !old.docId().contains("\\") && !old.docId().startsWith(".")) {
        Files.deleteIfExists(options.outDir().resolve(old.docId() + ".json"));
      }
    }
  }

  /** A run killed while writing leaves a hidden {@code .pe….part} temp file; the next run removes it. */
  private static void removeLeftoverTempFiles(Path outDir) throws IOException {
    try (var list = Files.list(outDir)) {
      for (Path p : list.toList()) {
        String name = p.getFileName().toString();
        if (name.startsWith(".") && name.endsWith(AtomicFiles.TEMP_SUFFIX) && Files.isRegularFile(p)) {
          Files.delete(p);
        }
      }
    }
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
