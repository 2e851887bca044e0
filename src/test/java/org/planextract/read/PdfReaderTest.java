package org.planextract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planextract.Deadline;
import org.planextract.TestCorpus;
import org.planextract.model.ErrorCode;
import org.planextract.problems.PlanExtractException;
import org.planextract.read.PdfFixtures.Line;
import org.planextract.read.PdfFixtures.Page;
import org.planextract.read.PdfFixtures.Text;

/** The PDF reader on PDFs written for the test (layout, tables, hostile files) and on corpus exports. */
class PdfReaderTest {
  private static final float LEFT = 60;
  private static final float WIDTH = 420;
  private static final float SIZE = 12;
  private static final float PITCH = 18;
  private final PdfReader reader = new PdfReader();

  /** Greedy word wrap of a paragraph into lines, the first indented by two ems. */
  private static List<Text> paragraph(String text, float[] y) {
    List<Text> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float indent = 2 * SIZE;
    for (String word : text.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (PdfFixtures.width(candidate, SIZE) > WIDTH - indent) {
        lines.add(new Text(LEFT + indent, y[0], SIZE, line.toString()));
        y[0] += PITCH;
        indent = 0;
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    lines.add(new Text(LEFT + indent, y[0], SIZE, line.toString()));
    y[0] += PITCH;
    return lines;
  }

  private static String words(String seed, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(seed).append(i % 7);
    }
    return sb.toString();
  }

  private static List<Text> chrome(int page) {
    return List.of(new Text(200, 40, 9, "Riverside County Health Plan 2021-2025"),
        new Text(280, 810, 10, "- " + page + " -"));
  }

  private static List<Line> grid(float top, float[] xs, float[] ys, int mergedColumn, int mergedRow) {
    List<Line> lines = new ArrayList<>();
    for (int r = 0; r < ys.length; r++) {
      float y = top + ys[r];
      if (r == mergedRow) {
        lines.add(new Line(xs[mergedColumn + 1], y, xs[xs.length - 1], y));
      } else {
        lines.add(new Line(xs[0], y, xs[xs.length - 1], y));
      }
    }
    for (float x : xs) {
      lines.add(new Line(x, top, x, top + ys[ys.length - 1]));
    }
    return lines;
  }

  private byte[] layoutPdf() {
    String first = words("alpha", 60);
    String second = words("beta", 30);
    float[] y = {100};
    List<Text> page1 = new ArrayList<>(chrome(1));
    page1.add(new Text(LEFT, y[0], 16, "1. Development targets"));
    y[0] += 30;
    List<Text> para = paragraph(first, y);
    int split = para.size() - 2;
    page1.addAll(para.subList(0, split));
    float[] y2 = {100};
    List<Text> page2 = new ArrayList<>(chrome(2));
    for (Text t : para.subList(split, para.size())) {
      page2.add(new Text(t.x(), y2[0], t.size(), t.text()));
      y2[0] += PITCH;
    }
    page2.addAll(paragraph(second, y2));
    float top = y2[0] + 20;
    float[] xs = {LEFT, LEFT + 100, LEFT + 300, LEFT + WIDTH};
    float[] ys = {0, 20, 40, 60, 80};
    List<Line> lines = grid(top, xs, ys, 0, 2);
    String[][] cells = {{"Area", "Indicator", "2025"}, {"Health", "Life expectancy", "79"},
        {"", "Infant mortality", "4.5"}, {"Service", "Doctors per 1000", "3.2"}};
    for (int r = 0; r < cells.length; r++) {
      for (int c = 0; c < 3; c++) {
        if (!cells[r][c].isEmpty()) {
          page2.add(new Text(xs[c] + 3, top + ys[r] + 14, 10, cells[r][c]));
        }
      }
    }
    List<Text> page3 = new ArrayList<>(chrome(3));
    float top3 = 100;
    List<Line> lines3 = grid(top3, xs, new float[] {0, 20, 40}, 0, -1);
    String[][] cells3 = {{"Area", "Indicator", "2025"}, {"Service", "Nurses per 1000", "4.1"}};
    for (int r = 0; r < cells3.length; r++) {
      for (int c = 0; c < 3; c++) {
        page3.add(new Text(xs[c] + 3, top3 + r * 20 + 14, 10, cells3[r][c]));
      }
    }
    page3.add(new Text(LEFT, top3 + 80, SIZE, "2. Safeguards"));
    return PdfFixtures.pdf(List.of(new Page(page1, List.of()), new Page(page2, lines), new Page(page3, lines3)));
  }

  @Test
  void paragraphsAreJoinedOverLinesAndPagesWithoutHeadersAndPageNumbers() {
    SourceText text = reader.read(layoutPdf());
    List<String> paragraphs = text.blocks().stream().filter(b -> b instanceof Paragraph)
        .map(b -> ((Paragraph) b).text().text()).toList();
    assertEquals(List.of("1. Development targets", words("alpha", 60), words("beta", 30), "2. Safeguards"),
        paragraphs, text.text());
    assertFalse(text.text().contains("Riverside"), text.text());
    assertFalse(text.text().contains("- 2 -"), text.text());
  }

  @Test
  void tableFromRulingsWithMergedCellAndRepeatedHeaderOverAPage() {
    SourceText text = reader.read(layoutPdf());
    List<TableBlock> tables = text.blocks().stream().filter(b -> b instanceof TableBlock).map(b -> (TableBlock) b).toList();
    assertEquals(1, tables.size(), text.text());
    TableBlock table = tables.get(0);
    assertEquals(5, table.rows().size(), text.text());
    assertEquals(List.of("Area", "Indicator", "2025"), table.rows().get(0).stream().map(Cell::text).toList());
    Cell covered = table.rows().get(2).get(0);
    assertTrue(covered.filled(), text.text());
    assertEquals("Health", covered.text());
    assertEquals(List.of("Service", "Nurses per 1000", "4.1"), table.rows().get(4).stream().map(Cell::text).toList());
  }

  @Test
  void imageOnlyPdfNeedsOcr() {
    PlanExtractException e = assertThrows(PlanExtractException.class, () -> reader.read(PdfFixtures.imageOnly(2)));
    assertEquals(ErrorCode.NO_TEXT_LAYER, e.code());
    assertTrue(e.getMessage().contains("OCR"), e.getMessage());
  }

  @Test
  void userPasswordIsEncryptedOwnerPasswordAloneIsRead() {
    byte[] plain = layoutPdf();
    PlanExtractException e = assertThrows(PlanExtractException.class,
        () -> reader.read(PdfFixtures.encrypted(plain, "user-secret")));
    assertEquals(ErrorCode.ENCRYPTED, e.code());
    SourceText text = reader.read(PdfFixtures.encrypted(plain, ""));
    assertTrue(text.text().contains("Development targets"), text.text());
  }

  @Test
  void truncatedOrForeignBytesAreCorrupt() {
    byte[] plain = layoutPdf();
    for (int pct : new int[] {10, 50, 90}) {
      byte[] cut = Arrays.copyOf(plain, plain.length * pct / 100);
      assertEquals(ErrorCode.CORRUPT, assertThrows(PlanExtractException.class, () -> reader.read(cut)).code());
    }
    byte[] junk = "not a pdf at all\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertEquals(ErrorCode.CORRUPT, assertThrows(PlanExtractException.class, () -> reader.read(junk)).code());
    assertEquals(ErrorCode.EMPTY, assertThrows(PlanExtractException.class, () -> reader.read(new byte[0])).code());
  }

  @Test
  void fontsWithoutUnicodeMappingAreAnEncodingError() {
    PlanExtractException e = assertThrows(PlanExtractException.class, () -> reader.read(PdfFixtures.unmappedFont()));
    assertEquals(ErrorCode.ENCODING, e.code(), e.getMessage());
  }

  @Test
  void pageLimitAndDeadline() {
    byte[] plain = layoutPdf();
    assertEquals(ErrorCode.TOO_LARGE,
        assertThrows(PlanExtractException.class, () -> new PdfReader(2).read(plain)).code());
    assertEquals(ErrorCode.TIMEOUT, assertThrows(PlanExtractException.class,
        () -> reader.read(plain, Deadline.after(Duration.ZERO))).code());
    // The reading a run does (DocumentJob) passes its deadline to the reader too.
    assertEquals(ErrorCode.TIMEOUT, assertThrows(PlanExtractException.class, () -> org.planextract.CorpusExtraction
        .extractor().read(java.nio.file.Path.of("plan.pdf"), plain, Deadline.after(Duration.ZERO))).code());
  }

  @Test
  void wordExportDropsRunningTitleAndPageNumbersAndKeepsCjkWithoutSpaces() throws IOException {
    String docId = TestCorpus.docIds().get(0);
    SourceText text = reader.read(Files.readAllBytes(TestCorpus.file(docId, "pdf-word")));
    assertFalse(text.text().contains("— 2 —"), "page number left in");
    assertFalse(text.text().contains("—2—"), "page number left in");
    long titles = text.text().lines().filter(l -> l.contains("“十四五”") && l.endsWith("规划")).count();
    assertEquals(1, titles, "the running title is dropped, the title page's title kept");
    assertTrue(text.text().contains("第十四个五年规划和2035年远景目标纲要"), "no space between CJK and digits");
    assertTrue(text.text().contains("集中采购制度"), "justified CJK text has no spaces");
  }
}
