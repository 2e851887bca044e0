package org.planextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** File names and messages cannot forge log lines or drive a terminal. */
class LogTextTest {
  @Test
  void controlCharactersAreEscaped() {
    assertEquals("a\\nplan-extract: fake \\x1b[31m.txt", LogText.escape("a\nplan-extract: fake \u001b[31m.txt"));
    assertEquals("\\r\\t\\\\", LogText.escape("\r\t\\"));
    assertEquals("\\u202e", LogText.escape("\u202e"));
    assertEquals("\\ud800x", LogText.escape("\ud800x"));
  }

  @Test
  void ordinaryNamesStayAsTheyAre() {
    assertEquals("卫生健康规划 副本.txt", LogText.escape("卫生健康规划 副本.txt"));
    assertEquals("😀", LogText.escape("😀"));
  }
}
