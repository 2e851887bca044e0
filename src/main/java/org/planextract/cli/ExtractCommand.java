package org.planextract.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.planextract.CorpusRun;
import org.planextract.PlanExtractor;
import org.planextract.RunResult;

import org.planextract.model.InputStatus;
import org.planextract.model.PlanExtractException;
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
  @Spec
  private CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if needed).")
  private Path out;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + CorpusRun.DEFAULT_MAX_BYTES,
      description = "Refuse inputs larger than N bytes (default: ${DEFAULT-VALUE}).")
  private long maxBytes;

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
    CorpusRun run = new CorpusRun(new PlanExtractor(ruleSet), maxBytes);
    RunResult result;
    try {
      result = run.run(inputs, out, (entry, done, total) -> {
        if (entry.status() == InputStatus.FAILED) {
          err.println("plan-extract: " + entry.path() + ": " + entry.error() + " [" + entry.errorCode() + "]");
        }
      });
    } catch (IOException e) {
      err.println("plan-extract: cannot write to " + out + ": " + e.getMessage());
      return Main.EXIT_SOME_FAILED;
    }
    var m = result.manifest();
    if (!quiet) {
      stdout.println("plan-extract: " + m.ok() + " of " + m.documents() + " documents written to " + out
          + (m.failed() > 0 ? " (" + m.failed() + " failed, see manifest.json)" : "") + " in " + m.seconds() + " s");
    }
    return result.allOk() ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
  }

}
