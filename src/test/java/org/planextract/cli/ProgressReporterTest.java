package org.planextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.planextract.model.InputStatus;
import org.planextract.model.ManifestInput;

/** What a run tells the user: first frame, spacing, errors above the bar, the writing phase. */
class ProgressReporterTest {
  private static ManifestInput ok(String path) {
    return new ManifestInput(path, "d", "s", InputStatus.OK, false, null, null, 1, 0, 0, 0, 0, 0);
  }

  private static ManifestInput failed(String path) {
    return new ManifestInput(path, "d", null, InputStatus.FAILED, false, "EMPTY", "empty file", null, null, null, null,
        null, null);
  }

  @Test
  void theBarStartsAtZeroOfTotalAndErrorsGoAboveIt() {
    ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    try (ProgressReporter p = ProgressReporter.create(new PrintWriter(err, true), false, true,
        new PrintStream(terminal, true, StandardCharsets.UTF_8))) {
      p.started(5);
      assertEquals(5, p.bar().getMax(), "the bar knows the total before the first document is done");
      assertEquals(0, p.bar().getCurrent());
      p.inputDone(failed("in/empty.txt"), 1, 5);
      p.inputDone(ok("in/a.txt"), 2, 5);
      p.phase("writing corpus files");
    }
    String bar = terminal.toString(StandardCharsets.UTF_8);
    assertFalse(bar.contains("0/0") || bar.contains("? %"), "no empty first frame: " + bar);
    assertTrue(bar.contains("/5"), bar);
    assertTrue(bar.contains("docs/s writing corpus files… (1 failed)"), "the phase named, spaced from the rate: " + bar);
    assertTrue(err.toString().startsWith("\r\033[Kplan-extract: in/empty.txt: empty file [EMPTY]\n"),
        "the error line clears the bar's line and is printed above it");
  }

  @Test
  void plainLinesWhenNotATerminal() {
    StringWriter err = new StringWriter();
    try (ProgressReporter p = ProgressReporter.create(new PrintWriter(err, true), false, false, null)) {
      p.started(2);
      p.inputDone(failed("in/empty.txt"), 1, 2);
      p.inputDone(ok("in/a.txt"), 2, 2);
      p.phase("writing corpus files");
    }
    var lines = err.toString().lines().toList();
    assertEquals("plan-extract: in/empty.txt: empty file [EMPTY]", lines.get(0));
    assertTrue(lines.get(1).matches("plan-extract: 2/2 documents, 1 failed, [0-9.]+ documents/s"), lines.get(1));
    assertEquals("plan-extract: writing corpus files", lines.get(2));
  }
}
