package org.planextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planextract.model.Indicator;
import org.planextract.model.Nature;
import org.planextract.model.PartRole;
import org.planextract.model.PlanDocument;
import org.planextract.model.RegionLevel;
import org.planextract.model.Section;

/**
 * One test per failure class the convention-variation harness found, each on a snippet written
 * for the test (other cities, other sectors: 养老, 医保, 民政, 中医药, 教育), not on corpus text.
 */
class ConventionSnippetsTest {

  private static PlanDocument extract(String text) {
    return CorpusExtraction.extractor().extract(Path.of("snippet.txt"), text.getBytes(StandardCharsets.UTF_8), "snippet");
  }

  private static List<String> headings(PlanDocument d) {
    return d.sections().stream().map(s -> s.level() + " " + s.number() + " " + s.title()).toList();
  }

  @Test
  void numbersFollowedByOtherPunctuationOrASpace() {
    PlanDocument d = extract("""
        荆门市“十四五”养老服务体系建设规划
        一．发展基础
        全市养老服务体系初步建立。
        二 总体要求
        （一） 指导思想
        1，坚持党的领导
        2 坚持以人民为中心
        三\u3000主要任务
        """);
    assertEquals(List.of("1 一 发展基础", "1 二 总体要求", "2 一 指导思想", "3 1 坚持党的领导", "3 2 坚持以人民为中心",
        "1 三 主要任务"), headings(d));
  }

  @Test
  void fullWidthDigitsAndCompatibilityNumeralsAreReportedPlain() {
    PlanDocument d = extract("""
        十堰市“十四五”医疗保障规划
        一、主要任务
        ㈠健全多层次医疗保障体系
        ⒈完善基本医疗保险制度
        ⑴巩固提高统筹层次
        ⑵优化筹资机制
        ２．健全重特大疾病医疗保险和救助制度
        """);
    assertEquals(List.of("1 一 主要任务", "2 一 健全多层次医疗保障体系", "3 1 完善基本医疗保险制度", "4 1 巩固提高统筹层次",
        "4 2 优化筹资机制", "3 2 健全重特大疾病医疗保险和救助制度"), headings(d));
  }

  @Test
  void noticeAndAttachmentsAreNotPlanText() {
    PlanDocument d = extract("""
        宜昌市民政局关于印发宜昌市“十四五”民政事业发展规划的通知
        宜民发〔2022〕5号
        各县市区民政局，局机关各科室：
        现将《宜昌市“十四五”民政事业发展规划》印发给你们，请认真贯彻落实。
        一、提高政治站位。
        二、狠抓工作落实。
        宜昌市民政局
        2022年4月1日
        宜昌市“十四五”民政事业发展规划
        一、发展基础
        “十三五”时期，全市民政事业取得新进展。
        二、主要任务
        附件
        规划编制工作专班成员名单
        1．组长：陈某某
        """);
    assertEquals(List.of("1 一 发展基础", "1 二 主要任务"), headings(d));
    assertEquals("宜昌市“十四五”民政事业发展规划", d.title());
    assertEquals(List.of(PartRole.NOTICE, PartRole.PLAN, PartRole.ATTACHMENT), d.parts().stream().map(p -> p.role()).toList());
    assertEquals("规划编制工作专班成员名单", d.parts().get(2).title());
    assertEquals(9, d.parts().get(1).line());
  }

  @Test
  void nationalPlanAndActionPlanPeriod() {
    PlanDocument d = extract("""
        国务院办公厅关于印发“十四五”中医药发展规划的通知
        各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
        “十四五”中医药发展规划
        一、发展基础
        """);
    assertEquals(RegionLevel.NATIONAL, d.region().level());
    assertNull(d.region().name());
    assertEquals(2021, d.period().start());
    PlanDocument action = extract("""
        襄阳市托育服务三年行动计划（2021—2023年）
        一、工作目标
        """);
    assertEquals(2023, action.period().end());
    assertEquals(RegionLevel.CITY, action.region().level());
    PlanDocument none = extract("""
        学前教育普及普惠发展规划
        一、发展目标
        """);
    assertNull(none.period(), "no period is assumed");
  }

  @Test
  void natureMarksBracketValuesAndCategoryLast() {
    PlanDocument d = extract("""
        黄石市“十四五”教育事业发展规划
        一、发展目标
        主要指标
        \t指标
        \t2020年
        \t2025年
        \t类别

        \t学前教育毛入园率（%）★
        \t88
        \t〔92〕
        \t普及水平

        \t九年义务教育巩固率（%）
        \t95
        \t实现全覆盖
        \t

        注：带★的为约束性指标。
        """);
    List<Indicator> rows = d.indicators();
    assertEquals(2, rows.size());
    assertEquals("学前教育毛入园率", rows.get(0).name());
    assertEquals(Nature.BINDING, rows.get(0).nature());
    assertEquals(Nature.EXPECTED, rows.get(1).nature());
    assertEquals("92", rows.get(0).target().value().toPlainString());
    assertEquals("100", rows.get(1).target().value().toPlainString());
    assertEquals("普及水平", rows.get(0).category());
    assertEquals("普及水平", rows.get(1).category());
  }

  @Test
  void boxLabelInParenthesesAndSecondHeaderRowWithIndicatorNature() {
    PlanDocument d = extract("""
        孝感市“十四五”老龄事业发展规划
        一、主要任务
        \t专栏（1） 养老服务设施建设工程

        \t新建街道综合养老服务中心10个。

        主要指标
        \t领域
        \t指标
        \t指标值
        \t

        \t
        \t
        \t2020年
        \t2025年
        \t指标属性

        \t养老服务
        \t养老机构护理型床位占比（%）
        \t45
        \t55
        \t约束性

        """);
    assertEquals(1, d.boxes().size());
    assertEquals("养老服务设施建设工程", d.boxes().get(0).title());
    assertEquals(1, d.indicators().size());
    assertEquals(Nature.BINDING, d.indicators().get(0).nature());
    Section s = d.sections().get(0);
    assertEquals("主要任务", s.title());
  }

  @Test
  void sectorIndicatorsGetOneIdAcrossPlansAndUnknownOnesAWarning() {
    String table = """
        %s
        一、发展目标
        主要指标
        \t序号
        \t指标
        \t2025年
        \t属性

        \t1
        \t%s
        \t%s
        \t预期性

        \t2
        \t%s
        \t85
        \t约束性

        \t3
        \t社区嵌入式托养点建成率
        \t60
        \t预期性

        """;
    PlanDocument a = extract(table.formatted("鄂州市“十四五”教育事业发展规划", "学前三年毛入园率", "92", "每千名老年人养老床位数"));
    PlanDocument b = extract(table.formatted("随州市“十四五”教育发展规划", "学前教育毛入园率（%）", "93", "每千名老年人拥有养老床位数"));
    for (PlanDocument d : List.of(a, b)) {
      assertEquals("preschool_gross_enrolment", d.indicators().get(0).canonicalId());
      assertEquals("elderly_care_beds_per_1000_elderly", d.indicators().get(1).canonicalId());
      assertNull(d.indicators().get(2).canonicalId());
      assertEquals(1, d.warnings().stream().filter(w -> w.code().name().equals("UNKNOWN_INDICATOR")).count());
    }
  }
}
