package org.planextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planextract.TestCorpus;

/**
 * Each misuse a newcomer makes gets one line on stderr naming what is wrong, exit code 2, and no
 * stack trace; help, version, suggestions and completion behave as in a mature tool.
 */
class CommandLineMisuseTest {
  @TempDir
  Path tmp;

  /** Exactly one line on stderr, containing {@code text}, no stack trace, exit code 2. */
  private static void oneLine(CliRun r, String text) {
    assertEquals(2, r.code(), r.err());
    assertEquals(1, r.err().lines().count(), () -> "one line: " + r.err());
    assertTrue(r.err().contains(text), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace");
  }

  @Test
  void evalWithAMissingFolder() {
    oneLine(CliRun.of("eval", "--expected", TestCorpus.FIXTURES.toString(), "--actual", "/nonexistent"),
        "plan-extract eval: --actual /nonexistent: no such folder");
  }

  @Test
  void evalWithAnUnknownField() {
    oneLine(CliRun.of("eval", "--expected", TestCorpus.FIXTURES.toString(), "--actual", tmp.toString(), "--fields", "foo"),
        "--fields: unknown field 'foo' (known: sections, boxes, indicators, targets, metadata)");
    CliRun help = CliRun.of("eval", "--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("targets"), help.out());
  }

  @Test
  void reviewIntoAFile() throws IOException {
    Path file = Files.writeString(tmp.resolve("taken"), "x");
    oneLine(CliRun.of("review", "--out", file.toString(), TestCorpus.CORPUS.toString()),
        "plan-extract review: --out " + file + ": is a file, not a folder");
  }

  @Test
  void extractIntoAFile() throws IOException {
    Path file = Files.writeString(tmp.resolve("taken"), "x");
    oneLine(CliRun.of("extract", "--out", file.toString(), TestCorpus.CORPUS.toString()),
        "plan-extract extract: --out " + file + ": is a file, not a folder");
  }

  @Test
  void nonPositiveOptionsAreNamed() {
    oneLine(CliRun.of("extract", "--threads", "0", "--out", tmp.resolve("o").toString(), TestCorpus.CORPUS.toString()),
        "--threads must be a positive number (got 0)");
    oneLine(CliRun.of("extract", "--time-limit", "-1", "--out", tmp.resolve("o").toString(), TestCorpus.CORPUS.toString()),
        "--time-limit must be a positive number (got -1)");
  }

  @Test
  void explainBeyondTheLastLine() {
    oneLine(CliRun.of("explain", TestCorpus.file(TestCorpus.docIds().get(0), "txt").toString(), "--line", "99999"),
        "--line 99999: ");
    oneLine(CliRun.of("explain", tmp.resolve("none.txt").toString(), "--line", "3"), "no such file");
  }

  @Test
  void mistypedCommandAndOptionGetSuggestions() {
    oneLine(CliRun.of("extrct"), "did you mean 'extract'");
    oneLine(CliRun.of("extract", "--out", tmp.toString(), "--thread", "2", TestCorpus.CORPUS.toString()),
        "Unknown option: '--thread'; did you mean '--threads'?");
  }

  @Test
  void noArgumentsListsEveryCommand() {
    CliRun r = CliRun.of();
    assertEquals(2, r.code());
    for (String c : new String[] {"extract", "eval", "review", "explain", "fixtures", "diff", "rules", "bench", "help",
        "generate-completion"}) {
      assertTrue(r.err().contains("  " + c + " "), c + " listed: " + r.err());
    }
  }

  @Test
  void helpSubcommandVersionEverywhereExamplesAndExitCodes() {
    CliRun help = CliRun.of("help", "extract");
    assertEquals(0, help.code(), help.err());
    assertTrue(help.out().contains("Usage: plan-extract extract"), help.out());
    for (String[] cmd : new String[][] {{"extract"}, {"eval"}, {"review"}, {"explain"}, {"diff"}, {"bench"},
        {"fixtures", "apply"}, {"fixtures", "add"}, {"rules", "test"}}) {
      String[] h = java.util.Arrays.copyOf(cmd, cmd.length + 1);
      h[cmd.length] = "--help";
      CliRun r = CliRun.of(h);
      assertEquals(0, r.code(), String.join(" ", cmd));
      assertTrue(r.out().contains("Examples:") && r.out().contains("  plan-extract " + cmd[0]), r.out());
      assertTrue(r.out().contains("Exit codes:") && r.out().contains("2   usage error"), r.out());
      h[cmd.length] = "--version";
      CliRun v = CliRun.of(h);
      assertEquals(0, v.code());
      assertTrue(v.out().startsWith("plan-extract "), String.join(" ", cmd) + " --version: " + v.out());
    }
  }

  @Test
  void completionScript() {
    CliRun r = CliRun.of("generate-completion");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("complete -F") && r.out().contains("extract"), r.out().substring(0, 200));
  }

  @Test
  void unexpectedErrorIsOneLineAndTheTraceOnlyWithVerbose() {
    var handler = new UnexpectedErrors();
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine cl = Main.commandLine(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err, true));
    var quiet = cl.parseArgs("diff", "a", "b");
    assertEquals(1, handler.handleExecutionException(new IllegalStateException("disk full\nmore"), cl, quiet));
    assertEquals("plan-extract: IllegalStateException: disk full (--verbose for details)", err.toString().strip());
    err.getBuffer().setLength(0);
    var verbose = cl.parseArgs("diff", "--verbose", "a", "b");
    handler.handleExecutionException(new IllegalStateException("disk full"), cl, verbose);
    assertTrue(err.toString().contains("\tat "), "stack trace with --verbose");
  }
}
