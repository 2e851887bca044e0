package org.planextract.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.planextract.PlanExtractor;
import org.planextract.problems.PlanExtractException;
import org.planextract.review.Explainer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code explain FILE --line N | --indicator NAME}: which stage and rule made or rejected what. */
@Command(name = "explain",
    description = "Explain what the extractor made of one line (or one indicator) of a plan, and why.",
    footer = {"  plan-extract explain corpus/plan.txt --line 204",
        "  plan-extract explain corpus/plan.docx --indicator 吸烟率",
        "  then record what the line should give: plan-extract fixtures add --doc ID --kind target --line 204 ..."})
final class ExplainCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "A plan (.txt, .docx, .doc, .wps, .html).")
  private Path file;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Target target;

  @Mixin
  private RulesOption rules;

  /** Either a line or an indicator name. */
  static final class Target {
    @Option(names = "--line", paramLabel = "N", description = "A line of the plan's rendering (the file's own line for .txt).")
    Integer line;

    @Option(names = "--indicator", paramLabel = "NAME", description = "Indicators whose name contains NAME.")
    String indicator;
  }

  @Mixin
  private VerboseOption verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Usage usage = new Usage(spec);
    if (!usage.inputFile("FILE", file) || !usage.positive("--line", target.line)) {
      return Main.EXIT_USAGE;
    }
    try {
      PlanExtractor extractor = new PlanExtractor(rules.load());
      String name = file.getFileName().toString();
      PlanExtractor.Analysis a = extractor.analyze(file, Files.readAllBytes(file), name.replaceFirst("\\.[^.]+$", ""));
      int lineCount = a.text().text().split("\n", -1).length;
      if (target.line != null && target.line > lineCount) {
        usage.fail("--line " + target.line + ": " + file + " has " + lineCount + " lines");
        return Main.EXIT_USAGE;
      }
      Explainer explainer = new Explainer();
      List<String> lines = target.line != null ? explainer.explainLine(a, target.line)
          : explainer.explainIndicator(a, target.indicator);
      lines.forEach(out::println);
      return Main.EXIT_OK;
    } catch (PlanExtractException e) {
      spec.commandLine().getErr().println("plan-extract explain: " + file + ": " + e.getMessage());
      return e.code() == org.planextract.model.ErrorCode.BAD_RULES ? Main.EXIT_USAGE : Main.EXIT_SOME_FAILED;
    } catch (IOException e) {
      spec.commandLine().getErr().println("plan-extract explain: " + file + ": cannot read (" + e.getMessage() + ")");
      return Main.EXIT_SOME_FAILED;
    }
  }
}
