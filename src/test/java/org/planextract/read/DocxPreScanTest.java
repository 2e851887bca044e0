package org.planextract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.planextract.ZipParts;
import org.planextract.model.ErrorCode;
import org.planextract.problems.PlanExtractException;

/** Tables, text boxes and content controls nested past the bound are refused before POI recurses into them. */
class DocxPreScanTest {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String TABLE_OPEN = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>床位</w:t></w:r></w:p>";
  private static final String TABLE_CLOSE = "<w:p/></w:tc></w:tr></w:tbl>";
  private static final String SDT_OPEN = "<w:sdt><w:sdtContent><w:p><w:r><w:t>医师</w:t></w:r></w:p>";
  private static final String SDT_CLOSE = "</w:sdtContent></w:sdt>";
  private static final String BOX_OPEN = "<w:p><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox>"
      + "<w:txbxContent><w:p><w:r><w:t>专栏</w:t></w:r></w:p>";
  private static final String BOX_CLOSE = "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";
  private final DocxReader reader = new DocxReader();

  @Test
  void shallowNestingIsRead() {
    SourceText t = reader.read(docx(nested(3, TABLE_OPEN, TABLE_CLOSE) + nested(3, SDT_OPEN, SDT_CLOSE)
        + nested(2, BOX_OPEN, BOX_CLOSE), null));
    assertTrue(t.text().contains("床位"), t.text());
    assertTrue(t.text().contains("医师"), t.text());
    assertTrue(t.text().contains("专栏"), t.text());
  }

  @Test
  void tablesNestedPastTheBoundAreLimitExceeded() {
    assertRefused(docx(nested(DocxPreScan.MAX_NESTING + 1, TABLE_OPEN, TABLE_CLOSE), null), "nested more than 100 deep");
    reader.read(docx(nested(DocxPreScan.MAX_NESTING, TABLE_OPEN, TABLE_CLOSE), null)); // at the bound: read
  }

  @Test
  void contentControlsAndTextBoxesCountWithTables() {
    String mixed = (TABLE_OPEN + SDT_OPEN + BOX_OPEN).repeat(34) + (BOX_CLOSE + SDT_CLOSE + TABLE_CLOSE).repeat(34);
    assertRefused(docx(mixed, null), "tables, text boxes and content controls nested more than 100 deep");
    assertRefused(docx(nested(DocxPreScan.MAX_NESTING + 1, SDT_OPEN, SDT_CLOSE), null), "nested more than 100 deep");
  }

  /** Ten thousand levels: LIMIT_EXCEEDED, not a stack overflow or POI's "CORRUPT" for a file that is intact. */
  @Test
  void tenThousandLevelsAreLimitExceeded() {
    assertRefused(docx(nested(10_000, TABLE_OPEN, TABLE_CLOSE), null), "nested more than");
    assertRefused(docx("<w:p><w:r>" + "<w:x>".repeat(10_000) + "</w:x>".repeat(10_000) + "</w:r></w:p>", null),
        "elements nested more than " + DocxPreScan.MAX_ELEMENT_DEPTH + " deep");
  }

  /** A million paragraphs are refused before POI spends a minute building them. */
  @Test
  void paragraphsPastTheBoundAreLimitExceeded() {
    assertRefused(docx("<w:p><w:r><w:t>段</w:t></w:r></w:p>".repeat(DocxPreScan.MAX_PARAGRAPHS), null),
        "more than " + DocxPreScan.MAX_PARAGRAPHS + " paragraphs (max-paragraphs)"); // with the title's: one over
  }

  /**
   * A table past max-table-rows is refused before POI builds it (POI's row list costs the square of
   * the rows); the rows of a table nested in a cell are its own, not the outer table's.
   */
  @Test
  void aTablePastTheRowBoundIsLimitExceeded() {
    String row = "<w:tr><w:tc><w:p/></w:tc></w:tr>";
    assertRefused(docx("<w:tbl>" + row.repeat(DocxPreScan.MAX_TABLE_ROWS + 1) + "</w:tbl>", null),
        "a table of more than " + DocxPreScan.MAX_TABLE_ROWS + " rows (max-table-rows)");
    String inner = "<w:tbl>" + row.repeat(3) + "</w:tbl>";
    String outer = "<w:tbl>" + ("<w:tr><w:tc>" + inner + "<w:p/></w:tc></w:tr>").repeat(DocxPreScan.MAX_TABLE_ROWS / 4 + 1)
        + "</w:tbl>"; // 5,001 rows, with 15,003 more in the tables of its cells
    SourceText t = reader.read(docx(outer + "<w:tbl>" + row.repeat(DocxPreScan.MAX_TABLE_ROWS / 4) + "</w:tbl>", null));
    assertEquals(3, t.blocks().size(), "title, outer table, second table");
  }

  /** Every XML part is scanned, not only the body: POI builds headers' tables by the same recursion. */
  @Test
  void aDeepHeaderIsRefusedToo() {
    String header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:hdr xmlns:w=\"" + W + "\">"
        + nested(500, TABLE_OPEN, TABLE_CLOSE) + "</w:hdr>";
    assertRefused(docx("<w:p><w:r><w:t>到2025年，床位数达到6张。</w:t></w:r></w:p>", header), "word/header1.xml");
  }

  @Test
  void malformedXmlIsCorrupt() {
    PlanExtractException e = assertThrows(PlanExtractException.class,
        () -> reader.read(docx("<w:p><w:r><w:t>未闭合</w:r></w:p>", null)));
    assertEquals(ErrorCode.CORRUPT, e.code(), e.getMessage());
  }

  private void assertRefused(byte[] docx, String expected) {
    PlanExtractException e = assertThrows(PlanExtractException.class, () -> reader.read(docx));
    assertEquals(ErrorCode.LIMIT_EXCEEDED, e.code(), e.getMessage());
    assertTrue(e.getMessage().startsWith("hostile .docx: ") && e.getMessage().contains(expected), e.getMessage());
  }

  private static String nested(int depth, String open, String close) {
    return open.repeat(depth) + close.repeat(depth);
  }

  /** A minimal package, stored (a repetitive deflated part would trip POI's zip-bomb ratio first). */
  private static byte[] docx(String body, String header) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          + (header == null ? "" : "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>")
          + "</Types>");
      put(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
          + "</Relationships>");
      if (header != null) {
        put(zip, "word/header1.xml", header);
      }
      put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W + "\"><w:body>"
          + "<w:p><w:r><w:t>某县“十四五”医疗服务规划</w:t></w:r></w:p>" + body + "</w:body></w:document>");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    new ZipParts(zip).put(name, content, true);
  }
}
