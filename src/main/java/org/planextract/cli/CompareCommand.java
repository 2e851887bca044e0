package org.planextract.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.planextract.problems.PlanExtractException;
import org.planextract.rules.RuleSet;
import org.planextract.run.CorpusRun;
import org.planextract.write.AggregateWriter;
import org.planextract.write.AtomicFiles;
import org.planextract.write.JsonOutput;
import org.planextract.write.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compare DIR}: rebuilds compare.csv and compare.html from the per-plan files of an output folder. */
@Command(name = "compare",
    description = "Compare the plans of an output folder: write compare.csv and compare.html into it.",
    footer = {"  plan-extract compare out"})
final class CompareCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private RulesOption rules;

  @Parameters(index = "0", paramLabel = "DIR", description = "An output folder of extract.")
  private Path dir;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(dir)) {
      spec.commandLine().getErr().println("plan-extract compare: " + dir + ": not a folder");
      return Main.EXIT_USAGE;
    }
    RuleSet ruleSet;
    try {
      ruleSet = rules.load();
    } catch (PlanExtractException e) {
      spec.commandLine().getErr().println("plan-extract compare: " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    JsonOutput json = new JsonOutput();
    OutputFolder folder = new OutputFolder();
    List<Path> plans = folder.planFiles(dir);
    if (plans.isEmpty()) {
      spec.commandLine().getErr().println("plan-extract compare: " + dir + ": no plan files (run extract first)");
      return Main.EXIT_USAGE;
    }
    new AggregateWriter(folder.reader(), json, new AtomicFiles(), CorpusRun.exportContext(ruleSet))
        .writeComparison(plans, dir);
    spec.commandLine().getOut().println("plan-extract compare: " + plans.size() + " plans; open "
        + dir.resolve("compare.html"));
    return Main.EXIT_OK;
  }
}
