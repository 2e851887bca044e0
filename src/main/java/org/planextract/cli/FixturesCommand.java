package org.planextract.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import org.planextract.fixtures.Correction;
import org.planextract.fixtures.CorrectionsReader;
import org.planextract.fixtures.FixtureChange;
import org.planextract.fixtures.FixtureMerger;
import org.planextract.problems.PlanExtractException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fixtures apply|add}: corrections from the review page or the command line into fixture files. */
@Command(name = "fixtures", description = "Grow the hand-labelled fixtures from annotators' corrections.",
    subcommands = {FixturesCommand.Apply.class, FixturesCommand.Add.class},
    footer = {"  plan-extract fixtures apply corrections.json --fixtures src/test/resources/fixtures",
        "  plan-extract fixtures add --doc 002_x --kind target --line 204 \\",
        "      --field indicator=精神科医师数 --field value.value=4.2 --field value.year=2025"})
final class FixturesCommand implements Runnable {
  static final String DEFAULT_FIXTURES = "src/test/resources/fixtures";

  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    throw new Main.MissingCommand(spec.commandLine());
  }

  private static int report(CommandSpec spec, List<Correction> corrections, Path fixtures, Path actual) {
    PrintWriter out = spec.commandLine().getOut();
    try {
      FixtureMerger.Result r = new FixtureMerger().apply(corrections, fixtures, actual);
      r.created().forEach(p -> out.println("created " + p));
      for (FixtureChange c : r.changes()) {
        out.println(c);
      }
      out.println(r.changes().size() + " corrections, " + r.written().size() + " fixture files written");
      return Main.EXIT_OK;
    } catch (PlanExtractException e) {
      spec.commandLine().getErr().println(spec.qualifiedName() + ": " + e.getMessage());
      return Main.EXIT_USAGE;
    }
  }

  /** {@code fixtures apply corrections.json}: merges a file exported from the review page. */
  @Command(name = "apply", description = "Merge corrections.json (exported from the review page) into the fixtures.",
      footer = {"  plan-extract fixtures apply ~/Downloads/corrections.json --actual out"})
  static final class Apply implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CORRECTIONS", description = "corrections.json")
    private Path file;

    @Option(names = "--fixtures", paramLabel = "DIR", defaultValue = DEFAULT_FIXTURES,
        description = "Fixture folder (default: ${DEFAULT-VALUE}).")
    private Path fixtures;

    @Option(names = "--actual", paramLabel = "OUT",
        description = "An extract output: a new fixture starts from its extracted items of the corrected kinds.")
    private Path actual;

    @Mixin
    private VerboseOption verbose;

    @Override
    public Integer call() {
      Usage usage = new Usage(spec);
      if (!usage.inputFile("CORRECTIONS", file) || !usage.outputFolder("--fixtures", fixtures)
          || actual != null && !usage.inputFolder("--actual", actual)) {
        return Main.EXIT_USAGE;
      }
      List<Correction> corrections;
      try {
        corrections = new CorrectionsReader().read(file);
      } catch (PlanExtractException e) {
        usage.fail(e.getMessage());
        return Main.EXIT_USAGE;
      }
      return report(spec, corrections, fixtures, actual);
    }
  }

  /** {@code fixtures add}: one correction from the command line (e.g. after {@code explain}). */
  @Command(name = "add", description = "Add one correction to a fixture from the command line.",
      footer = {"  plan-extract fixtures add --doc 002_x --kind target --line 204 \\",
          "      --field indicator=精神科医师数 --field value.kind=level --field value.value=4.2 \\",
          "      --field value.unit=名/10万人 --field value.year=2025",
          "  plan-extract fixtures add --doc 002_x --kind section --line 12 --action wrong \\",
          "      --field level=2 --field number=三 --field title=保障措施"})
  static final class Add implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--doc", required = true, paramLabel = "DOCID", description = "The plan's docId.")
    private String docId;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "section, box, indicator or target.")
    private String kind;

    @Option(names = "--line", required = true, paramLabel = "N", description = "The line of the item.")
    private int line;

    @Option(names = "--action", defaultValue = "add", paramLabel = "ACTION",
        description = "add (a missed item), wrong (an extracted item that is not one) or edit (default: ${DEFAULT-VALUE}).")
    private String action;

    @Option(names = "--field", paramLabel = "NAME=VALUE", description = "A field of the item; value.x for the value's fields.")
    private List<String> fields = List.of();

    @Option(names = "--who", paramLabel = "NAME", defaultValue = "${sys:user.name}", description = "Annotator (default: ${DEFAULT-VALUE}).")
    private String who;

    @Option(names = "--fixtures", paramLabel = "DIR", defaultValue = DEFAULT_FIXTURES,
        description = "Fixture folder (default: ${DEFAULT-VALUE}).")
    private Path fixtures;

    @Mixin
    private VerboseOption verbose;

    @Override
    public Integer call() {
      Usage usage = new Usage(spec);
      if (!usage.outputFolder("--fixtures", fixtures)) {
        return Main.EXIT_USAGE;
      }
      ObjectNode item = JsonNodeFactory.instance.objectNode();
      for (String f : fields) {
        int eq = f.indexOf('=');
        if (eq < 1) {
          usage.fail("--field " + f + ": expected NAME=VALUE");
          return Main.EXIT_USAGE;
        }
        String[] path = f.substring(0, eq).split("\\.");
        ObjectNode at = item;
        for (int i = 0; i < path.length - 1; i++) {
          at = at.has(path[i]) ? (ObjectNode) at.get(path[i]) : at.putObject(path[i]);
        }
        at.set(path[path.length - 1], scalar(f.substring(eq + 1)));
      }
      ObjectNode n = JsonNodeFactory.instance.objectNode().put("docId", docId).put("kind", kind).put("action", action)
          .put("line", line).put("who", who).put("when", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
      n.set(action.equals("wrong") ? "original" : "fields", item);
      Correction c;
      try {
        c = new CorrectionsReader().parse("--doc " + docId, n);
      } catch (PlanExtractException e) {
        usage.fail(e.getMessage());
        return Main.EXIT_USAGE;
      }
      return report(spec, List.of(c), fixtures, null);
    }

    private static JsonNode scalar(String s) {
      JsonNodeFactory f = JsonNodeFactory.instance;
      if (s.equals("null")) {
        return f.nullNode();
      }
      if (s.equals("true") || s.equals("false")) {
        return f.booleanNode(Boolean.parseBoolean(s));
      }
      if (s.matches("-?[0-9]+")) {
        return f.numberNode(Long.parseLong(s));
      }
      if (s.matches("-?[0-9]*\\.[0-9]+")) {
        return f.numberNode(new java.math.BigDecimal(s));
      }
      return f.textNode(s);
    }
  }
}
