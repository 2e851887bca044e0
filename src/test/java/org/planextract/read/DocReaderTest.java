package org.planextract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planextract.TestCorpus;
import org.planextract.model.ErrorCode;
import org.planextract.model.Format;
import org.planextract.problems.PlanExtractException;

class DocReaderTest {
  private final DocReader reader = new DocReader();

  static List<String> docIds() {
    return TestCorpus.docIds();
  }

  /** The .doc rendering is the .docx rendering, block for block (kinds, origins, filled cells). */
  @ParameterizedTest
  @MethodSource("docIds")
  void sameRenderingAsTheDocxItWasSavedFrom(String docId) throws IOException {
    for (String[] pair : new String[][] {{"doc", "docx"}, {"doc-word", "docx-word"}}) {
      SourceText doc = reader.read(Files.readAllBytes(TestCorpus.file(docId, pair[0])));
      SourceText docx = new DocxReader().read(Files.readAllBytes(TestCorpus.file(docId, pair[1])));
      assertEquals(Format.DOC, doc.format());
      assertEquals(docx.text(), doc.text(), pair[0] + " rendering of " + docId);
      assertEquals(shape(docx), shape(doc), pair[0] + " blocks of " + docId);
    }
  }

  private static List<String> shape(SourceText text) {
    List<String> out = new ArrayList<>();
    for (Block b : text.blocks()) {
      if (b instanceof TableBlock t) {
        StringBuilder sb = new StringBuilder(t.origin() + "@" + t.line());
        for (List<Cell> row : t.rows()) {
          sb.append(" |");
          row.forEach(c -> sb.append(c.filled() ? "F:" + c.text() : "C").append(','));
        }
        out.add(sb.toString());
      } else if (b instanceof Paragraph p) {
        out.add("P@" + p.line());
      }
    }
    return out;
  }

  @Test
  void wordStyleDocGetsListNumbersAndTextBoxesAfterTheirAnchor() throws IOException {
    SourceText t = reader.read(Files.readAllBytes(TestCorpus.file(TestCorpus.docIds().get(0), "doc-word")));
    List<String> paragraphs = t.blocks().stream().filter(b -> b instanceof Paragraph)
        .map(b -> ((Paragraph) b).text().text()).toList();
    assertTrue(paragraphs.contains("一、规划背景"), "chineseCounting level 1 restored from the list tables");
    assertTrue(paragraphs.contains("（一）发展基础"), "level 2 restored");
    assertTrue(paragraphs.contains("（二）发展问题"), "counter continues within the list");
    assertTrue(paragraphs.contains("二、指导思想、基本原则与发展目标"), "level 1 continues, level 2 restarts");
    int first = -1;
    for (int i = 0; i < t.blocks().size(); i++) {
      if (t.blocks().get(i) instanceof TableBlock tb && tb.origin() == TableBlock.Origin.TEXT_BOX) {
        first = i;
        break;
      }
    }
    assertTrue(first > 0, "text boxes read");
    TableBlock box = (TableBlock) t.blocks().get(first);
    assertTrue(box.contentLines().get(0).text().startsWith("专栏一"), box.contentLines().get(0).text());
    Paragraph anchor = (Paragraph) t.blocks().get(first - 1);
    assertTrue(anchor.text().text().startsWith("强化专业公共卫生机构标准建设"), "box follows its anchor paragraph");
  }

  @Test
  void verticallyMergedCellsAreFilledFromTheCellAbove() throws IOException {
    SourceText t = reader.read(Files.readAllBytes(TestCorpus.file(TestCorpus.docIds().get(0), "doc")));
    TableBlock table = t.blocks().stream().filter(b -> b instanceof TableBlock).map(b -> (TableBlock) b)
        .findFirst().orElseThrow();
    Cell filled = table.rows().get(2).get(0);
    assertTrue(filled.filled());
    assertEquals("健康\n水平", filled.text(), "the category over merged rows, as in the cell that starts the merge");
    assertFalse(table.rows().get(1).get(0).filled());
  }

  @Test
  void emptyAndNonOle2FilesAreRefusedWithTheReason() {
    assertEquals(ErrorCode.EMPTY, code(new byte[0]));
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    junk[0] = 'x';
    PlanExtractException random = assertThrows(PlanExtractException.class, () -> reader.read(junk));
    assertEquals(ErrorCode.UNSUPPORTED_FORMAT, random.code());
    assertTrue(random.getMessage().contains("not an OLE2"), random.getMessage());
    PlanExtractException rtf = assertThrows(PlanExtractException.class,
        () -> reader.read("{\\rtf1\\ansi 某县卫生健康规划}".getBytes(StandardCharsets.UTF_8)));
    assertTrue(rtf.getMessage().contains("RTF"), rtf.getMessage());
    PlanExtractException html = assertThrows(PlanExtractException.class,
        () -> reader.read("<html><body><p>某县规划</p></body></html>".getBytes(StandardCharsets.UTF_8)));
    assertTrue(html.getMessage().contains("HTML"), html.getMessage());
  }

  @Test
  void ole2WithoutWordStreamIsUnsupported() throws IOException {
    byte[] xls = DocFixtures.excelWorkbook();
    PlanExtractException e = assertThrows(PlanExtractException.class, () -> reader.read(xls));
    assertEquals(ErrorCode.UNSUPPORTED_FORMAT, e.code());
    assertTrue(e.getMessage().contains("Excel"), e.getMessage());
  }

  @Test
  void truncatedDocIsCorrupt() throws IOException {
    byte[] good = Files.readAllBytes(TestCorpus.file(TestCorpus.docIds().get(2), "doc"));
    for (int pct : new int[] {1, 10, 50, 90}) {
      byte[] cut = Arrays.copyOf(good, good.length * pct / 100);
      assertEquals(ErrorCode.CORRUPT, code(cut), "cut to " + pct + "%");
    }
  }

  @Test
  void encryptedDocIsEncrypted() throws IOException {
    byte[] good = Files.readAllBytes(TestCorpus.file(TestCorpus.docIds().get(1), "doc"));
    PlanExtractException e = assertThrows(PlanExtractException.class, () -> reader.read(DocFixtures.encrypted(good)));
    assertEquals(ErrorCode.ENCRYPTED, e.code(), e.getMessage());
  }

  @Test
  void trackedDeletionsAreLeftOut() throws IOException {
    SourceText t = reader.read(Files.readAllBytes(Path.of("src/test/resources/doc-cases/tracked-changes.doc")));
    assertEquals("某县“十四五”卫生健康规划\n到2025年，居民健康素养水平达到30%。\n", t.text());
  }

  @Test
  void wpsNameIsReadAsWord() throws IOException {
    assertTrue(reader.supports(Path.of("规划.WPS")));
    assertTrue(reader.supports(Path.of("plan.doc")));
    assertFalse(reader.supports(Path.of("plan.docx")));
  }

  private ErrorCode code(byte[] bytes) {
    return assertThrows(PlanExtractException.class, () -> reader.read(bytes)).code();
  }
}
