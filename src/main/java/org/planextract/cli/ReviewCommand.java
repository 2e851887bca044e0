package org.planextract.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.planextract.PlanExtractor;
import org.planextract.problems.PlanExtractException;
import org.planextract.review.ReviewRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code review --out DIR [--expected FIXTURES] INPUT...}: static HTML report per plan and an index. */
@Command(name = "review",
    description = "Write an HTML review page per plan (text with extractions highlighted) and index.html.",
    footer = {"  plan-extract review --out review --expected src/test/resources/fixtures corpus",
        "  then open review/index.html; export corrections there and run 'plan-extract fixtures apply'"})
final class ReviewCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the HTML pages.")
  private Path out;

  @Option(names = "--expected", paramLabel = "DIR", description = "Fixtures to mark misses, extras and wrong fields.")
  private Path expected;

  @Mixin
  private RulesOption rules;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Plan files or folders.")
  private List<Path> inputs;

  @Mixin
  private VerboseOption verbose;

  @Override
  public Integer call() throws IOException {
    Usage usage = new Usage(spec);
    if (!usage.outputFolder("--out", out) || expected != null && !usage.inputFolder("--expected", expected)) {
      return Main.EXIT_USAGE;
    }
    PlanExtractor extractor;
    try {
      extractor = new PlanExtractor(rules.load());
    } catch (PlanExtractException e) {
      spec.commandLine().getErr().println("plan-extract review: " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    List<String> problems = new ReviewRun(extractor).run(inputs, out, expected);
    problems.forEach(p -> spec.commandLine().getErr().println("plan-extract review: " + p));
    spec.commandLine().getOut().println("plan-extract review: open " + out.resolve("index.html"));
    return problems.isEmpty() ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
  }
}
