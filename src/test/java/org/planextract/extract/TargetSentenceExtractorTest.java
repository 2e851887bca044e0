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
}
