package org.planextract.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.planextract.problems.PlanExtractException;
import org.planextract.rules.RuleExample;
import org.planextract.rules.RuleLoader;
import org.planextract.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rules test [--rules DIR]}: loads the rule files and runs every example they carry. */
@Command(name = "rules", description = "Work with rule files.", footer = {"  plan-extract rules test --failures-only"},
    subcommands = RulesCommand.Test.class)
final class RulesCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    throw new Main.MissingCommand(spec.commandLine());
  }

  /** Prints PASS/FAIL per example; exit 1 when one fails, 2 when the files do not load. */
  @Command(name = "test", description = "Run every rule example; PASS/FAIL per example.",
      footer = {"  plan-extract rules test --rules my-rules --failures-only"})
  static final class Test implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rule folder (default: ./rules, else the bundled rules).")
    private Path dir;

    @Option(names = "--failures-only", description = "Print only failing examples.")
    private boolean failuresOnly;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      RuleLoader loader = new RuleLoader(RuleLoader.ExampleFailures.REPORT);
      RuleSet rules;
      try {
        rules = dir == null ? loader.loadDefault() : loader.loadDirectory(dir);
      } catch (PlanExtractException e) {
        spec.commandLine().getErr().println("plan-extract rules test: " + e.getMessage());
        return Main.EXIT_USAGE;
      }
      int failed = 0;
      for (RuleExample ex : rules.examples()) {
        if (!ex.passed()) {
          failed++;
        }
        if (!ex.passed() || !failuresOnly) {
          out.println((ex.passed() ? "PASS " : "FAIL ") + ex.file() + " " + ex.ruleId() + ": " + ex.text()
              + (ex.passed() ? "" : " -> " + ex.failure()));
        }
      }
      out.println("examples: " + rules.examples().size() + ", failing: " + failed);
      return failed == 0 ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
    }
  }
}
