package org.planextract.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** CSV formula injection (OWASP) and Excel's cell limit. */
class SpreadsheetSafetyTest {
  @Test
  void formulasGetAnApostrophe() {
    String[][] cases = {
        {"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"}, {"+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"},
        {"@SUM(1+1)", "'@SUM(1+1)"}, {"-2+3", "'-2+3"}, {"-1.5", "-1.5"}, {"+5", "+5"}, {"-", "-"}, {"=", "="},
        {"比基期降低10%", "比基期降低10%"}, {"≥80%", "≥80%"}};
    for (String[] c : cases) {
      assertEquals(c[1], SpreadsheetCells.neutralise(c[0]), c[0]);
    }
  }

  @Test
  void tabAndCarriageReturnStartsAreNeutralised() {
    assertEquals("'\t=1", SpreadsheetCells.neutralise("\t=1"));
    assertEquals("'\r=1", SpreadsheetCells.neutralise("\r=1"));
  }

  @Test
  void longCellsAreCutToExcelsLimitWithAMarker() {
    String cut = XlsxSheet.fit("很".repeat(40_000));
    assertEquals(XlsxSheet.MAX_CELL_CHARS, cut.length());
    assertTrue(cut.endsWith(XlsxSheet.CUT));
    assertEquals("短", XlsxSheet.fit("短"));
  }
}
