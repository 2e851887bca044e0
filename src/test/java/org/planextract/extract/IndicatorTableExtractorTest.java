package org.planextract.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planextract.CorpusExtraction;
import org.planextract.model.Indicator;
import org.planextract.model.Nature;
import org.planextract.model.PlanDocument;
import org.planextract.model.ValueKind;
import org.planextract.model.WarningCode;

/** Indicator tables laid out as other cities print them (snippets written for the test). */
class IndicatorTableExtractorTest {

  private static PlanDocument extract(String text) {
    return CorpusExtraction.extractor().extract(Path.of("plan.txt"), text.getBytes(StandardCharsets.UTF_8), "plan");
  }

  private static String row(String... cells) {
    StringBuilder sb = new StringBuilder();
    for (String c : cells) {
      sb.append('\t').append(c).append('\n');
    }
    return sb.append('\n').toString();
  }

  @Test
  void unitColumnTwoYearColumnsNoSeqAndCategoryFilledDown() {
    PlanDocument doc = extract("某市“十四五”卫生健康规划\n一、发展目标\n表1 主要健康指标\n"
        + row("类别", "指标名称", "单位", "2020年", "2025年", "指标属性")
        + row("健康水平", "人均预期寿命", "岁", "78.2", "≥79", "预期性")
        + row("", "婴儿死亡率", "‰", "4.1", "<4", "预期性")
        + row("健康服务", "每千人口执业（助理）医师数", "人", "2.9", "3.2", "约束性") + "\n");
    List<Indicator> ind = doc.indicators();
    assertEquals(3, ind.size());
    Indicator infant = ind.get(1);
    assertNull(infant.seq());
    assertEquals("健康水平", infant.category());
    assertEquals("‰", infant.unit());
    assertEquals(2020, infant.baseline().year());
    assertEquals(2025, infant.target().year());
    assertEquals("<", infant.target().op().wire());
    assertEquals("infant_mortality", infant.canonicalId());
    assertEquals(Nature.BINDING, ind.get(2).nature());
    assertEquals("physicians_per_1000", ind.get(2).canonicalId());
    assertEquals("t1", infant.tableId());
    assertEquals("表1 主要健康指标", doc.tables().get(0).caption());
  }

  /** A 纲要 table: where 2025年 has nothing, the 年均/累计 column holds the target. */
  @Test
  void periodTotalColumnGivesTheTargetWhereTheTargetColumnIsEmpty() {
    PlanDocument doc = extract("某省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n第一章 主要目标\n"
        + row("类别", "指标", "2020年", "2025年", "年均/累计", "属性")
        + row("经济发展", "常住人口城镇化率（%）", "58.8", "63", "—", "预期性")
        + row("民生福祉", "城镇调查失业率（%）", "5.5", "—", "＜5.5", "预期性")
        + row("", "人均预期寿命（岁）", "77.6", "—", "〔1〕", "预期性")
        + row("绿色生态", "单位地区生产总值能源消耗降低（%）", "—", "—", "〔14〕", "约束性") + "\n");
    List<Indicator> ind = doc.indicators();
    assertEquals(4, ind.size());
    assertEquals("63", ind.get(0).target().raw(), "the 2025 column, where it has a value");
    assertEquals("＜5.5", ind.get(1).target().raw());
    assertEquals(2025, ind.get(1).target().year());
    assertEquals("<", ind.get(1).target().op().wire());
    assertEquals("〔1〕", ind.get(2).target().raw());
    assertEquals(0, ind.get(3).target().value().compareTo(new java.math.BigDecimal("14")));
    assertEquals(ValueKind.MISSING, ind.get(3).baseline().kind());
    assertEquals(2021, doc.period().start());
  }

  /**
   * A 属性 column holding only ★ for binding indicators and nothing for the others (注：带★为约束性指标):
   * the column is the nature column, not a category, and its empty cells are expected.
   */
  @Test
  void natureColumnOfMarksAndEmptyCells() {
    PlanDocument doc = extract("某区“十四五”生态环境保护规划\n二、规划目标\n"
        + row("序号", "指标", "单位", "2020年", "2025年", "属性")
        + row("1", "空气质量优良天数比例", "%", "86.3", "88", "★")
        + row("2", "地表水达到或好于Ⅲ类水体比例", "%", "70", "75", "")
        + row("3", "受污染耕地安全利用率", "%", "—", "93", "▲") + "\n"
        + "注：带★、▲为约束性指标，其余为预期性指标。\n");
    List<Indicator> ind = doc.indicators();
    assertEquals(3, ind.size());
    assertEquals(List.of(Nature.BINDING, Nature.EXPECTED, Nature.BINDING),
        ind.stream().map(Indicator::nature).toList());
    assertEquals("★", ind.get(0).natureRaw());
    assertNull(ind.get(1).natureRaw());
    assertTrue(ind.stream().allMatch(i -> i.category() == null), "a mark is not a category");
  }

  /**
   * A transport table: units the dictionary does not know in a 单位 column (the header names it),
   * whole numbers rising down a year column (values, not a 序号), nature cells written 预期性指标, and
   * a unit cell of — (no unit).
   */
  @Test
  void unknownUnitsRisingWholeValuesAndNatureWrittenWithItsNoun() {
    PlanDocument doc = extract("某市“十四五”综合交通运输发展规划\n二、发展目标\n"
        + row("指标", "单位", "2020年", "2025年", "属性")
        + row("港口货物吞吐量", "亿吨", "2", "3", "预期性指标")
        + row("集装箱吞吐量", "万标箱", "180", "300", "预期性指标")
        + row("城市轨道交通运营里程", "公里", "435", "1000", "约束性指标")
        + row("综合交通枢纽一体化水平", "—", "较高", "高", "预期性指标") + "\n");
    List<Indicator> ind = doc.indicators();
    assertEquals(4, ind.size());
    assertEquals(List.of("亿吨", "万标箱", "公里"), ind.subList(0, 3).stream().map(Indicator::unit).toList());
    assertNull(ind.get(3).unit(), "— is no unit");
    assertTrue(ind.stream().allMatch(i -> i.seq() == null && i.category() == null));
    assertEquals("3", ind.get(0).target().raw());
    assertEquals("180", ind.get(1).baseline().raw());
    assertEquals(List.of(Nature.EXPECTED, Nature.EXPECTED, Nature.BINDING, Nature.EXPECTED),
        ind.stream().map(Indicator::nature).toList());
  }

  /** Units of civil-affairs and industry tables in the name's brackets: magnitudes and per-person-month. */
  @Test
  void unitsOfOtherSectorsInTheNamesBrackets() {
    PlanDocument doc = extract("某县“十四五”民政事业发展规划\n一、发展目标\n"
        + row("指标", "2020年", "2025年", "属性")
        + row("城市最低生活保障标准（元/人·月）", "520", "≥650", "预期性")
        + row("注册志愿者人数（万人）", "6.5", "13", "预期性")
        + row("粮食综合生产能力（万吨）", "85", "90", "约束性") + "\n");
    List<Indicator> ind = doc.indicators();
    assertEquals(List.of("城市最低生活保障标准", "注册志愿者人数", "粮食综合生产能力"), ind.stream().map(Indicator::name).toList());
    assertEquals(List.of("元/人·月", "万人", "万吨"), ind.stream().map(Indicator::unit).toList());
    assertTrue(ind.stream().noneMatch(Indicator::unitInferred), "the plan's own unit, not the dictionary's");
  }

  /** Columns for a midway year and for 2035 beside the plan's end year: the target is the end year's. */
  @Test
  void severalFutureYearColumnsTheTargetIsThePlansEndYear() {
    PlanDocument doc = extract("某省“十四五”教育事业发展规划\n一、发展目标\n"
        + row("指标", "2020年", "2023年", "2025年", "2035年", "属性")
        + row("学前教育毛入园率（%）", "88.2", "90", "92", "95", "预期性")
        + row("高等教育毛入学率（%）", "51", "55", "58", "65", "预期性") + "\n");
    List<Indicator> ind = doc.indicators();
    assertEquals(List.of("92", "58"), ind.stream().map(i -> i.target().raw()).toList());
    assertEquals(2025, ind.get(0).target().year());
    assertEquals(2020, ind.get(0).baseline().year());
  }

  @Test
  void shiftedHeaderUnitInNameAndValuesWithUnits() {
    // The header has one cell fewer than the body: content decides the columns.
    PlanDocument doc = extract("一、主要指标\n"
        + row("", "指标", "2025年目标", "性质")
        + row("健康水平", "1", "孕产妇死亡率（/10万）", "＜12/10万", "预期性")
        + row("", "2", "居民健康素养水平（%）", "≥30%", "预期性")
        + row("健康资源", "3", "每千人口医疗卫生机构床位数", "7.2", "预期性") + "\n");
    List<Indicator> ind = doc.indicators();
    assertEquals(3, ind.size());
    assertEquals(1, ind.get(0).seq());
    assertEquals("孕产妇死亡率", ind.get(0).name());
    assertEquals("/10万", ind.get(0).unit());
    assertEquals(2025, ind.get(0).target().year());
    assertNull(ind.get(0).baseline());
    assertEquals("张", ind.get(2).unit());
    assertTrue(ind.get(2).unitInferred(), "no unit printed: from the dictionary");
  }

  @Test
  void seqRunIntoNameSubIndicatorAndRepeatedSeq() {
    PlanDocument doc = extract("某县“十四五”卫生健康规划\n一、主要指标\n"
        + row("领域", "指标", "现状值", "目标值", "属性")
        + row("健康水平", "1.人均预期寿命（岁）", "79", "80", "预期性")
        + row("", "2.5岁以下儿童死亡率（‰）", "4", "3.5", "预期性")
        + row("", "3.每千人口执业（助理）医师数（人）", "3", "3.4", "预期性")
        + row("", "其中：每千人口中医类别执业（助理）医师数（人）", "0.5", "0.6", "预期性") + "\n"
        + "二、注意\n"
        + row("序号", "指标", "2025年", "属性")
        + row("1", "孕产妇死亡率（/10万）", "<10", "预期性")
        + row("1", "婴儿死亡率（‰）", "<5", "预期性") + "\n");
    List<Indicator> ind = doc.indicators();
    assertEquals(2, ind.get(1).seq());
    assertEquals("5岁以下儿童死亡率", ind.get(1).name());
    assertEquals("under5_mortality", ind.get(1).canonicalId());
    Indicator sub = ind.get(3);
    assertNull(sub.seq());
    assertEquals(3, sub.parentSeq());
    assertEquals("tcm_physicians_per_1000", sub.canonicalId());
    assertEquals(2020, ind.get(0).baseline().year());
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.DUPLICATE_SEQ));
  }

  @Test
  void qualitativeAndMissingCellsAreKept() {
    PlanDocument doc = extract("一、主要指标\n"
        + row("指标名称", "2020年", "2025年", "指标性质")
        + row("健康预期寿命", "—", "同比例提高", "预期性")
        + row("儿童青少年总体近视率", "52", "力争每年降低1个百分点", "约束性") + "\n");
    List<Indicator> ind = doc.indicators();
    assertEquals(ValueKind.MISSING, ind.get(0).baseline().kind());
    assertEquals(ValueKind.QUALITATIVE, ind.get(0).target().kind());
    assertEquals(ValueKind.ANNUAL_CHANGE, ind.get(1).target().kind());
    assertEquals("%", ind.get(1).unit());
  }

  @Test
  void tableBrokenOverTwoPagesIsOneTable() {
    PlanDocument doc = extract("某市“十四五”卫生健康规划\n一、主要指标\n"
        + row("领域", "指标名称", "单位", "2020年", "2025年", "属性")
        + row("健康水平", "人均预期寿命", "岁", "78.2", "79", "预期性") + "\n"
        + row("", "婴儿死亡率", "‰", "4.1", "<4", "预期性")
        + row("健康服务", "孕产妇系统管理率", "%", "92", "≥95", "预期性") + "\n二、主要任务\n");
    assertEquals(1, doc.tables().size());
    assertEquals(3, doc.indicators().size());
    assertEquals("健康水平", doc.indicators().get(1).category());
    assertEquals(2020, doc.indicators().get(2).baseline().year());
  }

  @Test
  void projectTablesGiveNoIndicators() {
    PlanDocument doc = extract("一、重点项目\n"
        + row("序号", "项目名称", "建设内容", "总投资（万元）")
        + row("1", "市人民医院新院区", "新建业务用房5万平方米", "60000") + "\n");
    assertTrue(doc.indicators().isEmpty());
    assertEquals("projects", doc.tables().get(0).kind().wire());
  }
}
