package org.planextract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.planextract.model.ErrorCode;
import org.planextract.problems.PlanExtractException;

/** Charset policy of .txt: BOM, UTF-8, detector, GB18030; binary refused. */
class TxtReaderTest {
  private static final String PLAN = "镕城区“十四五”卫生健康规划\r\n一、发展基础\r\n人均预期寿命达到78.5岁。\r\n";
  private final TxtReader reader = new TxtReader();

  @Test
  void utf8() {
    SourceText t = reader.read(PLAN.getBytes(StandardCharsets.UTF_8));
    assertEquals("UTF-8", t.encoding());
    assertEquals(3, t.blocks().size());
  }

  @Test
  void utf8WithBomHasNoBomInTheRendering() {
    byte[] body = PLAN.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    SourceText t = reader.read(bytes);
    assertEquals(PLAN, t.text());
  }

  @Test
  void gb18030WithCharactersOutsideGb2312() {
    SourceText t = reader.read(PLAN.getBytes(Charset.forName("GB18030")));
    assertEquals("GB18030", t.encoding());
    assertEquals(PLAN, t.text());
  }

  @Test
  void utf16WithBom() {
    SourceText t = reader.read(("\uFEFF" + PLAN).getBytes(StandardCharsets.UTF_16LE));
    assertEquals(PLAN, t.text());
  }

  @Test
  void paragraphOffsetsMapBackToTheText() {
    SourceText t = reader.read(PLAN.getBytes(StandardCharsets.UTF_8));
    for (Block b : t.blocks()) {
      TextLine line = ((Paragraph) b).text();
      assertEquals(line.text(), t.text().substring(line.offset(), line.end()));
    }
    assertEquals(2, t.blocks().get(1).line());
  }

  @Test
  void fileCutInsideItsLastCharacterStillReads() {
    byte[] full = PLAN.getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(full, full.length - 2);
    SourceText t = reader.read(cut);
    assertEquals("UTF-8", t.encoding());
    assertEquals(PLAN.substring(0, PLAN.length() - 3), t.text().substring(0, PLAN.length() - 3));
  }

  @Test
  void emptyAndBinaryAreRefused() {
    assertEquals(ErrorCode.EMPTY, assertThrows(PlanExtractException.class, () -> reader.read(new byte[0])).code());
    byte[] binary = {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01};
    assertEquals(ErrorCode.ENCODING, assertThrows(PlanExtractException.class, () -> reader.read(binary)).code());
  }
}
