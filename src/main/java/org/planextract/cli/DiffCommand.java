package org.planextract.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.planextract.diff.DiffReport;
import org.planextract.diff.ItemChange;
import org.planextract.diff.RunDiff;
import org.planextract.problems.PlanExtractException;
import org.planextract.write.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diff OUT_A OUT_B}: what changed between two runs (e.g. two rule versions), per plan and field. */
@Command(name = "diff", description = "Compare two extract outputs: per plan and field, items added, removed or changed.",
    footer = {"  plan-extract extract --out out-a corpus && plan-extract extract --rules my-rules --out out-b corpus",
        "  plan-extract diff out-a out-b --expected src/test/resources/fixtures --html diff.html"})
final class DiffCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OUT_A", description = "The earlier output folder.")
  private Path a;

  @Parameters(index = "1", paramLabel = "OUT_B", description = "The later output folder.")
  private Path b;

  @Option(names = "--expected", paramLabel = "FIXTURES", description = "Fixtures: say which changes fixed a miss or broke a hit.")
  private Path expected;

  @Option(names = "--html", paramLabel = "FILE", description = "Also write the differences as an HTML page.")
  private Path html;

  @Mixin
  private VerboseOption verbose;

  @Override
  public Integer call() throws IOException {
    Usage usage = new Usage(spec);
    if (!usage.inputFolder("OUT_A", a) || !usage.inputFolder("OUT_B", b)
        || expected != null && !usage.inputFolder("--expected", expected)) {
      return Main.EXIT_USAGE;
    }
    if (html != null && java.nio.file.Files.isDirectory(html)) {
      usage.fail("--html " + html + ": is a folder, not a file");
      return Main.EXIT_USAGE;
    }
    List<ItemChange> changes;
    try {
      changes = new RunDiff().compare(a, b, expected);
    } catch (PlanExtractException e) {
      usage.fail(e.getMessage());
      return Main.EXIT_USAGE;
    }
    DiffReport report = new DiffReport();
    PrintWriter out = spec.commandLine().getOut();
    report.text(changes).forEach(out::println);
    if (html != null) {
      new AtomicFiles().write(html, report.html(a.toString(), b.toString(), changes));
      out.println("plan-extract diff: wrote " + html);
    }
    return Main.EXIT_OK;
  }
}
