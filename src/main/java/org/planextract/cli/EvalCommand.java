package org.planextract.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.planextract.eval.DocumentScore;
import org.planextract.eval.EvalReport;
import org.planextract.eval.Evaluator;
import org.planextract.eval.FieldScore;
import org.planextract.eval.Mismatch;
import org.planextract.problems.PlanExtractException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval --expected DIR --actual DIR}: P/R/F1 per document and field, totals, misses and extras. */
@Command(name = "eval",
    description = "Score extracted plans (DIR of <docId>.json) against fixtures (<docId>.expected.json).",
    footer = {"  plan-extract eval --expected src/test/resources/fixtures --actual out",
        "  plan-extract eval --expected fixtures --actual out --fields targets --min-precision 0.95"})
final class EvalCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--expected", required = true, paramLabel = "DIR", description = "Folder of <docId>.expected.json fixtures.")
  private Path expected;

  @Option(names = "--actual", required = true, paramLabel = "DIR", description = "Output folder of an extract run.")
  private Path actual;

  @Option(names = "--fields", split = ",", paramLabel = "FIELD",
      description = "Only these fields: sections, boxes, indicators (with its per-field scores), targets, metadata; "
          + "default all.")
  private java.util.List<String> fields;

  @Option(names = "--min-f1", paramLabel = "X", defaultValue = "0",
      description = "Exit 1 when any field's total F1 is below X (0..1; default ${DEFAULT-VALUE}).")
  private double minF1;

  @Option(names = "--min-precision", paramLabel = "X", defaultValue = "0",
      description = "Exit 1 when any field's total precision is below X (default ${DEFAULT-VALUE}).")
  private double minPrecision;

  @Option(names = "--min-recall", paramLabel = "X", defaultValue = "0",
      description = "Exit 1 when any field's total recall is below X (default ${DEFAULT-VALUE}).")
  private double minRecall;

  @Mixin
  private VerboseOption verbose;

  /** The fields {@code --fields} accepts. */
  static final java.util.List<String> FIELDS = java.util.List.of("sections", "boxes", "indicators", "targets", "metadata");

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Usage usage = new Usage(spec);
    if (!usage.inputFolder("--expected", expected) || !usage.inputFolder("--actual", actual)) {
      return Main.EXIT_USAGE;
    }
    if (fields != null) {
      for (String f : fields) {
        if (!FIELDS.contains(f)) {
          usage.fail("--fields: unknown field '" + f + "' (known: " + String.join(", ", FIELDS) + ")");
          return Main.EXIT_USAGE;
        }
      }
    }
    EvalReport report;
    try {
      report = new Evaluator().evaluate(expected, actual);
      if (fields != null) {
        report = report.only(java.util.Set.copyOf(fields));
      }
    } catch (PlanExtractException e) {
      err.println("plan-extract eval: " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    out.printf(Locale.ROOT, "%-28s %-24s %6s %6s %6s %5s %5s %5s%n", "document", "field", "P", "R", "F1", "tp", "fp", "fn");
    for (DocumentScore doc : report.documents()) {
      for (FieldScore f : doc.fields()) {
        print(out, doc.docId(), f);
      }
    }
    for (FieldScore f : report.totals()) {
      print(out, "TOTAL", f);
    }
    if (!report.mismatches().isEmpty()) {
      out.println();
      for (Mismatch m : report.mismatches()) {
        out.printf(Locale.ROOT, "%-5s %s %s%s: %s%n", m.kind(), m.docId(), m.field(),
            m.line() == null ? "" : " line " + m.line(), m.item());
      }
    }
    boolean below = false;
    for (FieldScore f : report.totals()) {
      if (f.f1() < minF1 || f.precision() < minPrecision || f.recall() < minRecall) {
        err.printf(Locale.ROOT, "plan-extract eval: %s P %.4f R %.4f F1 %.4f is under the minimum (P %.2f, R %.2f, F1 %.2f)%n",
            f.field(), f.precision(), f.recall(), f.f1(), minPrecision, minRecall, minF1);
        below = true;
      }
    }
    return below ? Main.EXIT_SOME_FAILED : Main.EXIT_OK;
  }

  private static void print(PrintWriter out, String doc, FieldScore f) {
    out.printf(Locale.ROOT, "%-28s %-24s %6.4f %6.4f %6.4f %5d %5d %5d%n", doc, f.field(), f.precision(),
        f.recall(), f.f1(), f.truePositives(), f.falsePositives(), f.falseNegatives());
  }
}
