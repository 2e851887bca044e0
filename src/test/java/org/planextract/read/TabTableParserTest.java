package org.planextract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

class TabTableParserTest {
  private static final String TEXT = "主要指标\n\t类别\n\t指标\n\n\t健康\n水平\n\t人均预期寿命（岁）\n\n\t\n\t婴儿死亡率（‰）\n\n\n正文。\n";

  @Test
  void cellsContinuationLinesRowsAndTableEnd() {
    List<Block> blocks = new TabTableParser().parse(TEXT);
    assertEquals(3, blocks.size());
    TableBlock table = assertInstanceOf(TableBlock.class, blocks.get(1));
    assertEquals(3, table.rows().size());
    assertEquals("健康\n水平", table.rows().get(1).get(0).text());
    assertEquals("", table.rows().get(2).get(0).text());
    assertEquals(2, table.line());
    Paragraph after = assertInstanceOf(Paragraph.class, blocks.get(2));
    assertEquals("正文。", after.text().text());
    assertEquals(13, after.line());
  }

  @Test
  void cellOffsetsPointAtTheirTextInTheRendering() {
    TableBlock table = (TableBlock) new TabTableParser().parse(TEXT).get(1);
    for (TextLine line : table.contentLines()) {
      assertEquals(line.text(), TEXT.substring(line.offset(), line.end()));
    }
  }

  @Test
  void crLfAndCrEndLines() {
    List<TextLine> lines = TabTableParser.splitLines("一\r\n二\r三\n四");
    assertEquals(List.of("一", "二", "三", "四"), lines.stream().map(TextLine::text).toList());
    assertEquals(List.of(0, 3, 5, 7), lines.stream().map(TextLine::offset).toList());
  }
}
