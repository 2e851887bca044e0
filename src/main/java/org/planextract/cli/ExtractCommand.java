package org.planextract.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.planextract.run.CorpusRun;
import org.planextract.run.RunOptions;
import org.planextract.run.OutputUnwritableException;
import org.planextract.run.WorkerLaunch;
import org.planextract.model.RunLimits;
import org.planextract.model.ManifestInput;
import org.planextract.PlanExtractor;
import org.planextract.run.RunResult;

import org.planextract.problems.PlanExtractException;
import org.planextract.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extract --out DIR INPUT...}: one JSON per plan, corpus.jsonl, indicators.csv, manifest.json. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract plans (files or folders of .txt, .docx, .html) into DIR.")
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
      description = "Skip inputs unchanged since they were last written to DIR with the same rules and version.")
  private boolean incremental;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
  private boolean quiet;

  @Option(names = "--verbose", description = "Print the stack trace of INTERNAL errors (also kept in manifest.json).")
  private boolean verbose;

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

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders (searched recursively).")
  private List<Path> inputs;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    RuleSet ruleSet;
    try {
      ruleSet = rules.load();
    } catch (PlanExtractException e) {
      err.println("plan-extract: " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    if (threads != null && threads < 1 || maxBytes < 1 || timeLimitSeconds < 1 || maxChars < 1 || maxTargets < 1
        || maxJsonBytes < 1) {
      err.println("plan-extract: --threads, --max-bytes, --time-limit and the --max-* limits must be positive");
      return Main.EXIT_USAGE;
    }
    if (timeLimitSeconds > MAX_TIME_LIMIT) {
      err.println("plan-extract: --time-limit must be at most " + MAX_TIME_LIMIT + " seconds (one year)");
      return Main.EXIT_USAGE;
    }
    if (!isolation.equals("threads") && !isolation.equals("processes") || !workerHeap.matches("[1-9][0-9]{0,6}[kmgKMG]")) {
      err.println("plan-extract: --isolation is threads or processes; --worker-heap a size such as 512m");
      return Main.EXIT_USAGE;
    }
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    RunLimits limits = RunLimits.defaults().with(maxBytes, timeLimitSeconds).with(maxChars, maxTargets,
        maxJsonBytes, workerHeap);
    boolean forked = isolation.equals("processes");
    List<String> workerArgs = rules.dir == null ? List.of() : List.of("--rules", rules.dir.toAbsolutePath().toString());
    RunOptions options = new RunOptions(out, workers, limits, incremental,
        forked ? RunOptions.Isolation.PROCESSES : RunOptions.Isolation.THREADS,
        forked ? WorkerLaunch.sameJvm(workerHeap, workerArgs, verbose) : null);
    CorpusRun run = new CorpusRun(new PlanExtractor(ruleSet), options);
    RunResult result;
    try (ProgressReporter progress = ProgressReporter.create(err, quiet, System.console() != null, System.err)
        .verbose(verbose)) {
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
    var m = result.manifest();
    if (!quiet) {
      long skipped = m.inputs().stream().filter(ManifestInput::skipped).count();
      stdout.println("plan-extract: " + m.ok() + " of " + m.documents() + " documents written to " + out
          + (skipped > 0 ? " (" + skipped + " unchanged, skipped)" : "")
          + (m.failed() > 0 ? " (" + m.failed() + " failed, see manifest.json)" : "") + " in " + m.seconds() + " s");
    }
    return result.allOk() ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
  }

}
