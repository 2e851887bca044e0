package org.planextract.spark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors and bad rules are exit code 2 with one line, before Spark starts. */
class SparkMainTest {
  @TempDir
  Path dir;

  private record Run(int code, String err) {}

  private static Run run(String... args) {
    StringWriter err = new StringWriter();
    int code = SparkMain.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(args);
    return new Run(code, err.toString());
  }

  @Test
  void missingOutIsAUsageError() {
    Run r = run("--master", "local[1]", "in");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("plan-extract-spark: Missing required option: '--out=DIR'"), r.err());
  }

  @Test
  void negativeLimitsAreUsageErrors() {
    Run r = run("--out", dir.toString(), "--max-bytes", "0", "in");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("must be positive"), r.err());
  }

  @Test
  void aMissingRulesFolderIsExitTwo() {
    Run r = run("--out", dir.toString(), "--rules", dir.resolve("no-rules").toString(), "in");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no-rules"), r.err());
  }
}
