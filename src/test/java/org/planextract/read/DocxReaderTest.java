package org.planextract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.planextract.TestCorpus;
import org.planextract.model.ErrorCode;
import org.planextract.problems.PlanExtractException;

class DocxReaderTest {
  private final DocxReader reader = new DocxReader();

  @Test
  void wordSavedFileGetsHeadingNumbersTextBoxesAndNoHeaders() throws IOException {
    String docId = TestCorpus.docIds().get(0);
    SourceText t = reader.read(Files.readAllBytes(TestCorpus.file(docId, "docx-word")));
    List<String> paragraphs = t.blocks().stream().filter(b -> b instanceof Paragraph)
        .map(b -> ((Paragraph) b).text().text()).toList();
    assertTrue(paragraphs.contains("一、规划背景"), "numbering from the Heading 1 style restored");
    assertTrue(paragraphs.contains("（一）发展基础"), "level 2 numbering restored");
    String title = paragraphs.get(0);
    assertEquals(1, paragraphs.stream().filter(title::equals).count(), "page header repeats the title once per page");
    long textBoxes = t.blocks().stream().filter(b -> b instanceof TableBlock tb && tb.origin() == TableBlock.Origin.TEXT_BOX).count();
    assertTrue(textBoxes >= 24, "专栏 text boxes read: " + textBoxes);
    String boxText = t.blocks().stream().filter(b -> b instanceof TableBlock tb && tb.origin() == TableBlock.Origin.TEXT_BOX)
        .map(b -> ((TableBlock) b).contentLines().get(0).text()).findFirst().orElseThrow();
    assertTrue(boxText.startsWith("专栏一"), boxText);
  }

  @Test
  void mergedCellsAreFilledAndSpannedCellsShowOnce() throws IOException {
    XWPFDocument doc = new XWPFDocument();
    doc.createParagraph().createRun().setText("主要指标");
    XWPFTable table = doc.createTable(3, 3);
    table.getRow(0).getCell(0).setText("领域");
    table.getRow(0).getCell(1).setText("指标");
    table.getRow(0).getCell(2).setText("目标");
    table.getRow(1).getCell(0).setText("健康水平");
    table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
    table.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
    table.getRow(1).getCell(1).setText("人均预期寿命");
    table.getRow(2).getCell(1).setText("婴儿死亡率");
    table.getRow(1).getCell(2).setText("79");
    table.getRow(2).getCell(2).setText("<5");
    table.getRow(0).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.ONE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    doc.close();

    SourceText t = reader.read(out.toByteArray());
    TableBlock block = assertInstanceOf(TableBlock.class, t.blocks().get(1));
    Cell merged = block.rows().get(2).get(0);
    assertTrue(merged.filled());
    assertEquals("健康水平", merged.text());
    assertEquals("婴儿死亡率", block.rows().get(2).get(1).text());
    assertFalse(t.text().contains("健康水平\n\t健康水平"), "a merged cell is rendered empty as in the corpus .txt");
  }

  @Test
  void damagedFilesAreCorrupt() throws IOException {
    byte[] good = Files.readAllBytes(TestCorpus.file(TestCorpus.docIds().get(0), "docx"));
    byte[] half = java.util.Arrays.copyOf(good, good.length / 2);
    assertEquals(ErrorCode.CORRUPT, assertThrows(PlanExtractException.class, () -> reader.read(half)).code());
    byte[] text = "这不是docx".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(ErrorCode.CORRUPT, assertThrows(PlanExtractException.class, () -> reader.read(text)).code());
  }

  /** An IllegalArgumentException from our own code is a bug (INTERNAL), from POI a damaged file (CORRUPT). */
  @org.junit.jupiter.api.Test
  void ourOwnIllegalArgumentIsNotCorrupt() {
    IllegalArgumentException ours = new IllegalArgumentException("bad span");
    org.junit.jupiter.api.Assertions.assertFalse(DocxReader.thrownByPoi(ours));
    IllegalArgumentException poi = new IllegalArgumentException("no part");
    poi.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("java.util.Objects", "requireNonNull", "Objects.java", 1),
        new StackTraceElement("org.apache.poi.xwpf.usermodel.XWPFDocument", "onDocumentRead", "XWPFDocument.java", 1)});
    org.junit.jupiter.api.Assertions.assertTrue(DocxReader.thrownByPoi(poi));
  }
}
