package org.planextract.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.time.Duration;
import org.planextract.run.CorpusRun;
import org.planextract.run.RunOptions;
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
    description = "Extract plans (files or folders of .txt, .docx, .doc, .wps, .html) into DIR.")
final class ExtractCommand implements Callable<Integer> {
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
    if (threads != null && threads < 1 || maxBytes < 1 || timeLimitSeconds < 1) {
      err.println("plan-extract: --threads, --max-bytes and --time-limit must be positive");
      return Main.EXIT_USAGE;
    }
    RunOptions options = new RunOptions(out, maxBytes,
        threads == null ? Runtime.getRuntime().availableProcessors() : threads,
        Duration.ofSeconds(timeLimitSeconds), incremental);
    CorpusRun run = new CorpusRun(new PlanExtractor(ruleSet), options);
    RunResult result;
    try (ProgressReporter progress = ProgressReporter.create(err, quiet, System.console() != null, System.err)) {
      result = run.run(inputs, progress);
    } catch (IOException e) {
      err.println("plan-extract: cannot write to " + out + ": " + e.getMessage());
      return Main.EXIT_SOME_FAILED;
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
