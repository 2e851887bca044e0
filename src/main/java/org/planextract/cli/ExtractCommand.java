package org.planextract.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.planextract.run.OutputUnwritableException;
import org.planextract.run.WorkerLaunch;
import org.planextract.model.RunLimits;
import org.planextract.PlanExtractor;
import org.planextract.model.ManifestInput;
import org.planextract.problems.PlanExtractException;
import org.planextract.rules.RuleSet;
import org.planextract.nlp.HanLpWarmUp;
import org.planextract.run.CorpusRun;
import org.planextract.run.StartupWarmUp;
import org.planextract.write.AggregateWarmUp;
import org.planextract.run.RunOptions;
import org.planextract.run.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extract --out DIR INPUT...}: one JSON per plan, corpus.jsonl, indicators.csv, manifest.json. */
@Command(name = "extract",
    description = "Extract plans (files or folders of .txt, .docx, .doc, .wps, .html) into DIR.",
    footer = {"  plan-extract extract --out out corpus",
        "  plan-extract extract --incremental --out out corpus     (re-extract only what changed)",
        "  plan-extract extract --rules my-rules --out out-b corpus (try edited rules)"})
final class ExtractCommand implements Callable<Integer> {
  private static final long MAX_TIME_LIMIT = 365L * 24 * 3600;

  @Spec
  private CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if needed).")
  private Path out;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + RunOptions.DEFAULT_MAX_BYTES,
      description = "Refuse inputs larger than N bytes (default: ${DEFAULT-VALUE}).")
  private long maxBytes;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
  private Integer threads;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "120",
      description = "Fail a document that takes longer than this (default: ${DEFAULT-VALUE}).")
  private long timeLimitSeconds;

  @Option(names = "--incremental",
      description = "Skip inputs unchanged since they were last written to DIR; after a rule edit, re-extract only "
          + "the plans the edit can affect.")
  private boolean incremental;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
  private boolean quiet;

  @Option(names = "--isolation", paramLabel = "MODE", defaultValue = "threads",
      description = "threads (fast, default) or processes (child JVMs killed and replaced on time-out,"
          + " out-of-memory or crash: for untrusted corpora).")
  private String isolation;

  @Option(names = "--worker-heap", paramLabel = "SIZE", defaultValue = "768m",
      description = "-Xmx of each child JVM with --isolation processes (default: ${DEFAULT-VALUE}).")
  private String workerHeap;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "10000000",
      description = "Fail a document with more characters after reading (default: ${DEFAULT-VALUE}).")
  private int maxChars;

  @Option(names = "--max-targets", paramLabel = "N", defaultValue = "10000",
      description = "Keep at most N targets per document, with a warning (default: ${DEFAULT-VALUE}).")
  private int maxTargets;

  @Option(names = "--max-json-bytes", paramLabel = "N", defaultValue = "268435456",
      description = "Fail a document whose JSON passes N bytes (default: ${DEFAULT-VALUE}).")
  private long maxJsonBytes;

  @Mixin
  private RulesOption rules;

  @Mixin
  private VerboseOption verbose;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders (searched recursively).")
  private List<Path> inputs;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    Usage usage = new Usage(spec);
    if (!usage.positive("--threads", threads) || !usage.positive("--max-bytes", maxBytes)
        || !usage.positive("--time-limit", timeLimitSeconds) || !usage.positive("--max-chars", maxChars)
        || !usage.positive("--max-targets", maxTargets) || !usage.positive("--max-json-bytes", maxJsonBytes)
        || !usage.outputFolder("--out", out)) {
      return Main.EXIT_USAGE;
    }
    if (timeLimitSeconds > MAX_TIME_LIMIT) {
      usage.fail("--time-limit must be at most " + MAX_TIME_LIMIT + " seconds (one year)");
      return Main.EXIT_USAGE;
    }
    if (!isolation.equals("threads") && !isolation.equals("processes")) {
      usage.fail("--isolation is threads or processes (got " + isolation + ")");
      return Main.EXIT_USAGE;
    }
    if (!workerHeap.matches("[1-9][0-9]{0,6}[kmgKMG]")) {
      usage.fail("--worker-heap must be a size such as 512m (got " + workerHeap + ")");
      return Main.EXIT_USAGE;
    }
    if (!isolation.equals("processes")) {
      new StartupWarmUp(List.of(new HanLpWarmUp(), new AggregateWarmUp())).start();
    }
    RuleSet ruleSet;
    try {
      ruleSet = rules.load();
    } catch (PlanExtractException e) {
      err.println("plan-extract: " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    RunLimits limits = RunLimits.defaults().with(maxBytes, timeLimitSeconds).with(maxChars, maxTargets,
        maxJsonBytes, workerHeap);
    boolean forked = isolation.equals("processes");
    List<String> workerArgs = rules.dir == null ? List.of() : List.of("--rules", rules.dir.toAbsolutePath().toString());
    RunOptions options = new RunOptions(out, workers, limits, incremental,
        forked ? RunOptions.Isolation.PROCESSES : RunOptions.Isolation.THREADS,
        forked ? WorkerLaunch.sameJvm(workerHeap, workerArgs, verbose.verbose) : null);
    CorpusRun run = new CorpusRun(new PlanExtractor(ruleSet), options);
    RunResult result;
    try (ProgressReporter progress = ProgressReporter.create(err, quiet, System.console() != null, System.err)
        .verbose(verbose.verbose)) {
      result = run.run(inputs, progress);
    } catch (OutputUnwritableException | IOException e) {
      err.println("plan-extract: " + LogText.escape(e.getMessage()) + " [OUTPUT_UNWRITABLE]");
      return Main.EXIT_OUTPUT;
    }
    if (result.outputFailure() != null) {
      err.println("plan-extract: " + LogText.escape(result.outputFailure())
          + "; the run stopped writing [OUTPUT_UNWRITABLE]");
      return Main.EXIT_OUTPUT;
    }
    if (!quiet) {
      stdout.println(summary(result));
    }
    return result.allOk() ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
  }

  /** "5 documents: 2 written, 3 unchanged, skipped; 0 failed → out in 1.2 s". */
  private String summary(RunResult result) {
    var m = result.manifest();
    long skipped = m.inputs().stream().filter(ManifestInput::skipped).count();
    long written = m.ok() - skipped;
    StringBuilder sb = new StringBuilder("plan-extract: ").append(m.documents())
        .append(m.documents() == 1 ? " document: " : " documents: ");
    if (skipped > 0) {
      sb.append(skipped).append(" unchanged, skipped; ");
    }
    sb.append(written).append(" written");
    long rerun = m.inputs().stream().filter(i -> i.reason() != null && i.reason().startsWith("re-run:")).count();
    if (rerun > 0) {
      sb.append(" (").append(rerun).append(" re-run after the rule change)");
    }
    if (m.failed() > 0) {
      sb.append("; ").append(m.failed()).append(" failed (see manifest.json)");
    }
    return sb.append(" → ").append(out).append(" in ").append(m.seconds()).append(" s").toString();
  }
}
