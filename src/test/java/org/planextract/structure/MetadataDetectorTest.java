package org.planextract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planextract.TestCorpus;
import org.planextract.model.Status;
import org.planextract.normalize.TextNormalizer;
import org.planextract.read.TxtReader;

class MetadataDetectorTest {

  private static Metadata detect(String text) {
    var units = Unit.of(new TxtReader().read(text.getBytes(StandardCharsets.UTF_8)), new TextNormalizer());
    return new MetadataDetector(TestCorpus.rules().gazetteer(), TestCorpus.rules().metadata()).detect(units);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "河南省信阳市“十四五”卫生健康事业发展规划|信阳市|河南省|city|2021|2025|final|河南省信阳市“十四五”卫生健康事业发展规划",
      "昆山市“十四五”卫生健康规划（征求意见稿）|昆山市|江苏省|county|2021|2025|draft|昆山市“十四五”卫生健康规划",
      "广东省“十五五”卫生与健康规划|广东省|广东省|province|2026|2030|final|广东省“十五五”卫生与健康规划",
      "XX市卫生事业发展规划（2021—2025年）||||2021|2025|final|XX市卫生事业发展规划（2021—2025年）",
      "湖南省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要|湖南省|湖南省|province|2021|2025|final|湖南省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
      "中华人民共和国国民经济和社会发展第十三个五年规划纲要|||national|2016|2020|final|中华人民共和国国民经济和社会发展第十三个五年规划纲要",
      // An urban district: after the region names that lead the title, or leading it alone; 国民经济
      // in a district's 纲要 does not make it national.
      "广东省广州市天河区“十四五”教育发展规划|天河区|广东省|county|2021|2025|final|广东省广州市天河区“十四五”教育发展规划",
      "武侯区国民经济和社会发展第十四个五年规划纲要|武侯区||county|2021|2025|final|武侯区国民经济和社会发展第十四个五年规划纲要",
      "上海市浦东新区“十四五”民政事业发展规划|浦东新区|上海市|county|2021|2025|final|上海市浦东新区“十四五”民政事业发展规划",
      "某市社区养老服务“十四五”规划||||2021|2025|final|某市社区养老服务“十四五”规划"})
  void titleRegionPeriodStatus(String first, String region, String province, String level, int start, int end,
      String status, String title) {
    Metadata m = detect(first + "\n正文第一段。\n");
    assertEquals(title, m.title());
    assertEquals(region, m.region().name());
    assertEquals(province, m.region().province());
    assertEquals(level, m.region().level() == null ? null : m.region().level().wire());
    assertEquals(start, m.period().start());
    assertEquals(end, m.period().end());
    assertEquals(status, m.status().wire());
  }

  @org.junit.jupiter.api.Test
  void titleBelowDocumentNumberAndInsideANotice() {
    Metadata m = detect("信政办〔2022〕15号\n信阳市人民政府办公室关于印发信阳市“十四五”卫生健康事业发展规划的通知\n各县区人民政府：\n");
    assertEquals("信阳市“十四五”卫生健康事业发展规划", m.title());
    assertEquals("信阳市", m.region().name());
    assertEquals(2025, m.period().end());
  }

  @org.junit.jupiter.api.Test
  void draftNoteOnTheSecondLine() {
    Metadata m = detect("安阳县卫生健康规划\n（征求意见稿）\n一、发展基础\n");
    assertEquals(Status.DRAFT, m.status());
    assertNull(m.period());
  }
}
