package org.planextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line built for the invoked command alone answers exactly as the one with every
 * command: same exit code, same output, for help, misuse and mistyped commands.
 */
class CommandSelectionTest {
  private static String[] run(boolean all, String[] args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter o = new PrintWriter(out, true);
    PrintWriter e = new PrintWriter(err, true);
    int code = (all ? Main.commandLine(o, e) : Main.forArguments(o, e, args)).execute(args);
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @ParameterizedTest
  @ValueSource(strings = {"extract --help", "extract", "extract --bogus x", "extract --threads 0 --out o corpus",
      "eval --help", "eval", "review --help", "explain --help", "compare --help", "fixtures --help",
      "fixtures apply --help", "fixtures", "diff --help", "rules --help", "rules test --help", "bench --help",
      "worker --help", "help", "help extract", "generate-completion", "extrct", "--help", "--version", "",
      "extract --version", "EXTRACT"})
  void theInvokedCommandAloneAnswersAsTheWholeTree(String line) {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");
    String[] all = run(true, args);
    String[] one = run(false, args);
    assertEquals(all[0], one[0], "exit code of '" + line + "'");
    assertEquals(all[1], one[1], "stdout of '" + line + "'");
    assertEquals(all[2], one[2], "stderr of '" + line + "'");
  }
}
