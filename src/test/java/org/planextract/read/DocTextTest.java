package org.planextract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planextract.numerals.ChineseCounting;

/** Raw .doc text made visible, and the .doc number format codes. */
class DocTextTest {
  private final DocTextCleaner cleaner = new DocTextCleaner();

  @Test
  void fieldCodesGoTheirResultsStay() {
    assertEquals("详见省卫健委网站。",
        cleaner.clean("详见\u0013 HYPERLINK \"http://example.org\" \u0014省卫健委网站\u0015。\r"));
    assertEquals("第页", cleaner.clean("第\u0013 PAGE \u0015页\r"), "a field without result leaves nothing");
  }

  @Test
  void breaksBecomeLinesAndMarksAndAnchorsGo() {
    assertEquals("健康\n服务", cleaner.clean("健康\u000b服务\u0007"));
    assertEquals("到2025年，床位数达到6.5张。", cleaner.clean("到2025年，\u0001床位数\u0008达到6.5张。\r"));
    assertEquals("新冠-疫苗", cleaner.clean("新冠\u001e疫苗\u001f\r"));
    assertEquals(List.of("专栏3 基层卫生", "1.乡镇卫生院标准化建设"),
        cleaner.lines("专栏3 基层卫生\r\r1.乡镇卫生院标准化建设\r \r"));
  }

  @Test
  void numberFormatCodesMapToTheNamesChineseCountingRenders() {
    ChineseCounting counting = new ChineseCounting();
    assertEquals("chineseCounting", DocNumbering.formatName(37));
    assertEquals("十二", counting.format(12, DocNumbering.formatName(37)));
    assertEquals("③", counting.format(3, DocNumbering.formatName(18)));
    assertEquals("甲", counting.format(1, DocNumbering.formatName(30)));
    assertEquals("decimal", DocNumbering.formatName(0));
    assertEquals("none", DocNumbering.formatName(255));
    assertEquals("bullet", DocNumbering.formatName(23));
    assertEquals("decimal", DocNumbering.formatName(999), "an unknown code counts in digits");
  }
}
