package org.planextract.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planextract.CorpusExtraction;
import org.planextract.model.PlanDocument;
import org.planextract.model.Target;
import org.planextract.model.TargetKind;
import org.planextract.model.ValueKind;
import org.planextract.model.WarningCode;

/** Targets and facts in running text, on sentences written like other cities' plans. */
class TargetSentenceExtractorTest {

  private static PlanDocument extract(String body) {
    String text = "某市“十四五”卫生健康事业发展规划\n" + body;
    return CorpusExtraction.extractor().extract(Path.of("plan.txt"), text.getBytes(StandardCharsets.UTF_8), "plan");
  }

  private static String brief(Target t) {
    return t.kind().wire() + " " + t.indicator() + " " + t.value().op() + " " + t.value().value().stripTrailingZeros().toPlainString()
        + " " + t.value().unit() + " " + t.value().year();
  }

  @Test
  void targetsOfAFutureYearWithComparators() {
    PlanDocument doc = extract("一、主要任务\n到2025年，全县人均预期寿命达到79.5岁以上，孕产妇死亡率控制在10/10万以下。\n");
    assertEquals(List.of("target 人均预期寿命 GE 79.5 岁 2025", "target 孕产妇死亡率 LE 10 /10万 2025"),
        doc.targets().stream().map(TargetSentenceExtractorTest::brief).toList());
    Target first = doc.targets().get(0);
    assertEquals("life_expectancy", first.canonicalId());
    assertEquals("target-level", first.rule());
    assertEquals("s1", first.sectionId());
    assertEquals(3, first.line());
    String rendering = "某市“十四五”卫生健康事业发展规划\n一、主要任务\n到2025年，全县人均预期寿命达到79.5岁以上，孕产妇死亡率控制在10/10万以下。\n";
    assertEquals("人均预期寿命达到79.5岁以上", rendering.substring(first.span().start(), first.span().end()));
  }

  /** Heads of other sectors' indicators: intensity, concentration, mileage, revenue. */
  @Test
  void indicatorsOfOtherSectorsEndWithTheirOwnHeads() {
    PlanDocument doc = extract("一、重点任务\n到2025年，规模以上工业企业研发经费投入强度达到1.8%。"
        + "到2025年，中心城区PM2.5平均浓度控制在28微克/立方米以下。到2025年，高速公路通车里程达到900公里以上。"
        + "到2025年，电子信息产业营业收入突破3000亿元。\n");
    assertEquals(List.of("规模以上工业企业研发经费投入强度", "中心城区PM2.5平均浓度", "高速公路通车里程", "电子信息产业营业收入"),
        doc.targets().stream().map(Target::indicator).toList());
    assertEquals("rd_intensity", doc.targets().get(0).canonicalId(), "intensity is not growth");
    assertEquals("pm25_concentration", doc.targets().get(1).canonicalId(), "中心城区 qualifies the indicator");
  }

  /** A 纲要 names growth and reduction indicators with their verb: the change's verb joins the phrase for the lookup. */
  @Test
  void aChangeIndicatorIsLookedUpWithItsVerb() {
    PlanDocument doc = extract("一、主要目标\n地区生产总值年均增长6%左右，居民人均可支配收入年均增长6.5%。"
        + "单位地区生产总值能源消耗降低14%，单位地区生产总值二氧化碳排放降低18%。\n");
    assertEquals(List.of("gdp_growth", "disposable_income_growth", "energy_intensity_reduction", "carbon_intensity_reduction"),
        doc.targets().stream().map(Target::canonicalId).toList());
    assertEquals(2025, doc.targets().get(2).value().year(), "a goal section speaks of the plan's end year");
    assertEquals(org.planextract.model.Op.APPROX, doc.targets().get(0).value().op(), "年均增长6%左右 is about 6 %");
    assertEquals("年均增长6%左右", doc.targets().get(0).value().raw());
  }

  /** 工作目标 and 行动目标 are goal sections too: their sentences speak of the plan's end year. */
  @Test
  void workAndActionGoalSections() {
    PlanDocument doc = extract("一、总体要求\n（一）工作目标\n中医药服务体系进一步健全，县办中医医疗机构覆盖率达到100%。\n"
        + "（二）行动目标\n每千人口公立中医类医院床位数达到0.9张。\n");
    assertEquals(List.of("target 县办中医医疗机构覆盖率 EQ 100 % 2025", "target 每千人口公立中医类医院床位数 EQ 0.9 张 2025"),
        doc.targets().stream().map(TargetSentenceExtractorTest::brief).toList());
  }

  /** The items of a numbered list of goals are read as sentences, each ending with ；. */
  @Test
  void numberedGoalItemsEndingWithSemicolons() {
    PlanDocument doc = extract("一、发展目标\n到2025年，全区养老服务体系更加完善，具体目标如下：\n"
        + "1.养老机构护理型床位占比达到60%；\n2.社区日间照料机构覆盖率达到100%；\n");
    assertEquals(List.of("target 养老机构护理型床位占比 EQ 60 % 2025", "target 社区日间照料机构覆盖率 EQ 100 % 2025"),
        doc.targets().stream().map(TargetSentenceExtractorTest::brief).toList());
    assertEquals(1, doc.sections().size());
  }

  /**
   * Magnitude units (万人, 万亩) keep a hedge after them; a modifier before a noun (高标准农田, 基本医疗保险)
   * is part of the name, one before a verb (基本实现) is not.
   */
  @Test
  void magnitudeUnitsKeepTheirHedge() {
    PlanDocument doc = extract("一、重点任务\n到2025年，普通高中在校生规模稳定在30万人左右，高标准农田面积达到120万亩以上，"
        + "基本医疗保险参保人数达到85万人，基本实现养老服务设施覆盖率达到100%。\n");
    assertEquals(List.of("target 普通高中在校生规模 APPROX 30 万人 2025", "target 高标准农田面积 GE 120 万亩 2025",
        "target 基本医疗保险参保人数 EQ 85 万人 2025", "target 养老服务设施覆盖率 EQ 100 % 2025"),
        doc.targets().stream().map(TargetSentenceExtractorTest::brief).toList());
  }

  /** 由X提高到Y: the level reached is the target, of the year said before it; a past one is a fact. */
  @Test
  void fromOneLevelToAnother() {
    PlanDocument doc = extract("一、发展基础\n截至2020年底，高中阶段毛入学率由2015年的85%提高到91.2%。\n"
        + "二、发展目标\n到2025年，城镇登记失业率从4.5%下降到4%以内，养老护理员持证上岗率由60%提高到90%以上。\n");
    assertEquals(List.of("fact 高中阶段毛入学率 EQ 91.2 % 2020", "target 城镇登记失业率 LE 4 % 2025",
        "target 养老护理员持证上岗率 GE 90 % 2025"),
        doc.targets().stream().map(TargetSentenceExtractorTest::brief).toList());
    assertEquals("target-from-to", doc.targets().get(1).rule());
  }

  /**
   * An elliptical list item takes the qualifier of the item before it when the dictionary knows the
   * name that makes; an item known alone (平均住院日) keeps its own name.
   */
  @Test
  void anEllipticalListItemSharesTheQualifierBeforeIt() {
    PlanDocument doc = extract("一、重点任务\n到2024年，能够提供中医药服务的社区卫生服务中心比例达到100%、乡镇卫生院比例达到98%，"
        + "县级医院的床位使用率达到85%、平均住院日达到8天。\n");
    assertEquals(List.of("能够提供中医药服务的社区卫生服务中心比例", "能够提供中医药服务的乡镇卫生院比例", "县级医院的床位使用率", "平均住院日"),
        doc.targets().stream().map(Target::indicator).toList());
    assertEquals("tcm_hall_township_share", doc.targets().get(1).canonicalId());
  }

  @Test
  void factsOfAPastYearAndAChangeSaidOfTheSameIndicator() {
    PlanDocument doc = extract("一、发展基础\n截至2020年底，全县居民健康素养水平达到21.6%，比2015年提高了9.2个百分点。\n");
    List<Target> t = doc.targets();
    assertEquals(2, t.size());
    assertEquals(TargetKind.FACT, t.get(0).kind());
    assertEquals(2020, t.get(0).value().year());
    assertEquals(ValueKind.CHANGE, t.get(1).value().kind());
    assertEquals("居民健康素养水平", t.get(1).indicator());
    assertEquals("2015", t.get(1).value().reference());
    assertEquals("health_literacy", t.get(1).canonicalId());
  }

  @Test
  void enumerationWithRespectivelyPairsInOrderAndSharesThePerCapitaPrefix() {
    PlanDocument doc = extract("到2025年，每千人口医疗卫生机构床位数、执业（助理）医师数、注册护士数分别达到6.5张、3.2人、3.8人。\n");
    assertEquals(List.of("beds_per_1000", "physicians_per_1000", "nurses_per_1000"),
        doc.targets().stream().map(Target::canonicalId).toList());
    assertEquals("3.2", doc.targets().get(1).value().value().toPlainString());
  }

  @Test
  void enumerationWithTooFewValuesWarnsAndPairsNothing() {
    PlanDocument doc = extract("到2025年，婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别控制在4‰、6‰。\n");
    assertTrue(doc.targets().isEmpty());
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.TARGET_COUNT_MISMATCH));
  }

  @Test
  void planEndMarkerAndGoalSectionGiveThePlanEndYear() {
    PlanDocument doc = extract("一、总体要求\n（一）发展目标\n居民健康素养水平提高到28%。\n到“十四五”末，县域内就诊率达到90%。\n");
    assertEquals(List.of("target 居民健康素养水平 EQ 28 % 2025", "target 县域内就诊率 EQ 90 % 2025"),
        doc.targets().stream().map(TargetSentenceExtractorTest::brief).toList());
  }

  // Snippets in elderly-care, education and medical-security words, not corpus lines.
  @Test
  void thePeriodItselfGivesItsEndYear() {
    PlanDocument doc = extract("一、主要任务\n“十四五”期间，基本养老保险参保率年均提高0.5%，"
        + "规划期内学前教育毛入园率每年提高1个百分点。\n“十三五”时期，全区养老机构护理型床位占比达到45%。\n");
    List<Target> t = doc.targets();
    assertEquals(3, t.size(), t.toString());
    assertEquals(List.of("基本养老保险参保率 ANNUAL_CHANGE % 2025 target",
        "学前教育毛入园率 ANNUAL_CHANGE 百分点 2025 target", "养老机构护理型床位占比 LEVEL % 2020 fact"),
        t.stream().map(x -> x.indicator() + " " + x.value().kind() + " " + x.value().unit() + " " + x.value().year() + " "
            + x.kind().wire()).toList());
  }

  @Test
  void aChineseNumeralBeforeYearsIsAChangeAndAnAgeInANameStays() {
    PlanDocument doc = extract("一、主要任务\n到2025年，全区人均预期寿命比2020年提高一岁，三岁以下婴幼儿托位数达到4.5个。\n");
    assertEquals(List.of("人均预期寿命 CHANGE 1 岁", "三岁以下婴幼儿托位数 LEVEL 4.5 个"),
        doc.targets().stream().map(x -> x.indicator() + " " + x.value().kind() + " "
            + x.value().value().stripTrailingZeros().toPlainString() + " " + x.value().unit()).toList());
  }

  /** 延长 is a change verb of a duration (寿命延长1岁), 延长到 a level, as 缩短 and 缩短到 are. */
  @Test
  void lengthenIsAChangeAndLengthenToALevel() {
    PlanDocument doc = extract("一、发展目标\n到2025年，全省人均健康预期寿命比2020年延长1岁，"
        + "全市人均预期寿命延长到80.5岁，平均住院日缩短到8天。\n");
    assertEquals(List.of("人均健康预期寿命 CHANGE 1 岁", "人均预期寿命 LEVEL 80.5 岁", "平均住院日 LEVEL 8 天"),
        doc.targets().stream().map(x -> x.indicator() + " " + x.value().kind() + " "
            + x.value().value().stripTrailingZeros().toPlainString() + " " + x.value().unit()).toList());
  }

  /** 比 of 比例/比重 and 占比 belongs to the indicator, not to a reference (比2020年). */
  @Test
  void aShareEndingInBiKeepsItsHeadInAChange() {
    PlanDocument doc = extract("一、主要任务\n到2025年，社区养老服务设施中护理型床位的比例提高2个百分点，"
        + "普惠性幼儿园在园幼儿占比较2020年提高5个百分点。\n");
    assertEquals(List.of("社区养老服务设施中护理型床位的比例 2 百分点", "普惠性幼儿园在园幼儿占比 5 百分点"),
        doc.targets().stream().map(x -> x.indicator() + " " + x.value().value().toPlainString() + " " + x.value().unit()).toList());
  }

  @Test
  void sentencesWithoutYearOutsideGoalSectionsAndNonIndicatorsAreSkipped() {
    PlanDocument doc = extract("一、主要任务\n全市医疗卫生机构床位数达到6000张。\n到2025年，新建社区卫生服务中心5个，建设县域医疗服务次中心至少2处。\n");
    assertTrue(doc.targets().isEmpty(), () -> doc.targets().toString());
  }

  @Test
  void twoIndicatorsSharingOneValueAreSplit() {
    PlanDocument doc = extract("到2025年，高血压患者规范管理率和2型糖尿病患者规范管理率均达到70%以上。\n");
    assertEquals(List.of("hypertension_management", "diabetes_management"),
        doc.targets().stream().map(Target::canonicalId).toList());
  }

  @Test
  void numbersWrittenInChinese() {
    PlanDocument doc = extract("到2025年，适龄儿童免疫规划疫苗接种率保持在百分之九十以上，青少年总体近视率下降两个百分点。\n");
    assertEquals(List.of("target 适龄儿童免疫规划疫苗接种率 GE 90 % 2025"),
        doc.targets().stream().filter(t -> t.value().op() != null).map(TargetSentenceExtractorTest::brief).toList());
    Target change = doc.targets().get(1);
    assertEquals(ValueKind.CHANGE, change.value().kind());
    assertEquals("2", change.value().value().toPlainString());
    assertEquals("百分点", change.value().unit());
  }

  @Test
  void runInHeadingBodyIsRead() {
    PlanDocument doc = extract("一、主要任务\n1.推进全民健身。到2025年，经常参加体育锻炼人数比例达到40%以上。\n");
    assertEquals(1, doc.targets().size());
    assertEquals("regular_exercise_share", doc.targets().get(0).canonicalId());
  }

  // Snippets written for these rules in other sectors' words (education, elderly care, medical security), not corpus lines.

  @Test
  void aPronounStandsForTheIndicatorNamedBefore() {
    PlanDocument doc = extract("一、主要任务\n持续关注学前教育毛入园率，到2024年使其达到92%。"
        + "加强养老机构护理型床位占比监测，到2023年该指标保持在55%以上。"
        + "到2023年，基本医疗保险参保率稳定在95%，到2025年这一比例不低于96%。\n");
    assertEquals(List.of("target 学前教育毛入园率 EQ 92 % 2024", "target 养老机构护理型床位占比 GE 55 % 2023",
        "target 基本医疗保险参保率 EQ 95 % 2023", "target 基本医疗保险参保率 GE 96 % 2025"),
        doc.targets().stream().map(TargetSentenceExtractorTest::brief).toList());
    assertEquals("preschool_gross_enrolment", doc.targets().get(0).canonicalId());
  }

  @Test
  void aPronounWithNothingNamedWithinReachMakesNoTarget() {
    PlanDocument doc = extract("一、主要任务\n完善社会救助体系。健全兜底保障机制。到2024年使其达到90%。\n");
    assertTrue(doc.targets().isEmpty(), doc.targets().toString());
  }

  /** Within one sentence a pronoun looks back at most Antecedents.MAX_REACH characters (10^4 pronouns took minutes). */
  @Test
  void aPronounLooksBackAtMostTheReach() {
    String filler = "统筹推进托育服务，";
    int near = 10;
    int far = Antecedents.MAX_REACH / filler.length() + 1;
    for (int n : new int[] {near, far}) {
      PlanDocument doc = extract("一、主要任务\n持续关注学前教育毛入园率，" + filler.repeat(n) + "到2024年使其达到92%。\n");
      assertEquals(n == near ? List.of("target 学前教育毛入园率 EQ 92 % 2024") : List.of(),
          doc.targets().stream().map(TargetSentenceExtractorTest::brief).toList(), "filler ×" + n);
    }
  }

  @Test
  void comparatorWordsOfTheValueGrammarAndARangeInSentences() {
    PlanDocument doc = extract("一、主要任务\n到2024年，养老机构护理型床位占比突破55%。"
        + "到2025年，每千名老年人拥有养老床位数达到35张（含）以上。"
        + "到2023年，劳动年龄人口平均受教育年限达到11至11.3年。\n");
    List<Target> t = doc.targets();
    assertEquals(List.of("target 养老机构护理型床位占比 GT 55 % 2024", "target 每千名老年人拥有养老床位数 GE 35 张 2025"),
        t.subList(0, 2).stream().map(TargetSentenceExtractorTest::brief).toList());
    assertEquals(3, t.size(), t.toString());
    assertEquals(ValueKind.RANGE, t.get(2).value().kind());
    assertEquals("11", t.get(2).value().min().stripTrailingZeros().toPlainString());
    assertEquals("11.3", t.get(2).value().max().stripTrailingZeros().toPlainString());
  }

  @Test
  void leadingPlaceWordsAreDroppedUnlessADictionaryNameStartsThere() {
    PlanDocument doc = extract("一、主要任务\n到2025年，全国基本养老保险参保率达到95%，全省失业保险参保率稳定在96%，"
        + "全国示范性老年友好型社区覆盖率达到30%。\n");
    assertEquals(List.of("target 基本养老保险参保率 EQ 95 % 2025", "target 失业保险参保率 EQ 96 % 2025",
        "target 全国示范性老年友好型社区覆盖率 EQ 30 % 2025"),
        doc.targets().stream().map(TargetSentenceExtractorTest::brief).toList());
  }

  @Test
  void periodEndMarkersNameTheirOwnYear() {
    String body = "一、主要任务\n到规划期末，婴幼儿托位使用率达到60%。到“十三五”末，孤儿基本生活保障率达到100%。"
        + "到“五年行动”期末，义务教育巩固率达到97%。\n";
    PlanDocument doc = extract(body);
    assertEquals(List.of("target 婴幼儿托位使用率 EQ 60 % 2025", "fact 孤儿基本生活保障率 EQ 100 % 2020",
        "target 义务教育巩固率 EQ 97 % 2025"), doc.targets().stream().map(TargetSentenceExtractorTest::brief).toList());
  }

  @Test
  void aPlaceWordThatStartsADictionaryNameStaysInTheName() {
    var rules = org.planextract.TestCorpus.rules();
    IndicatorDictionary dictionary = rules.dictionary().withEntries(List.of(new CanonicalIndicator("model_county_share",
        "全国示范县创建达标率", "%", true, List.of(), List.of())));
    TargetSentenceExtractor extractor = new TargetSentenceExtractor(rules.targets(),
        new ValueParser(rules.values()), dictionary, rules.segmenter());
    var text = new org.planextract.normalize.TextNormalizer().normalize(new org.planextract.read.TextLine(
        "到2025年，全国示范县创建达标率达到80%，全国养老服务机构覆盖率达到70%。", 1, 0));
    List<Target> t = extractor.extractText(text, new org.planextract.model.Period(2021, 2025),
        new org.planextract.problems.Diagnostics());
    assertEquals(List.of("全国示范县创建达标率", "养老服务机构覆盖率"), t.stream().map(Target::indicator).toList());
    assertEquals("model_county_share", t.get(0).canonicalId());
  }
}
