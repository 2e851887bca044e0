package org.planextract.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planextract.CorpusExtraction;
import org.planextract.model.PlanDocument;
import org.planextract.model.ReconciledPair;
import org.planextract.model.Reconciliation;
import org.planextract.model.ReconciliationItem;
import org.planextract.model.Warning;
import org.planextract.model.WarningCode;

/** Running text against the indicator table, on plans written for the test (other cities' words). */
class ReconcilerTest {
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

  private static final String TABLE = "表1 主要指标\n"
      + row("类别", "指标名称", "单位", "2020年", "2025年", "指标属性")
      + row("健康水平", "人均预期寿命", "岁", "78.4", "79.5", "预期性")
      + row("", "婴儿死亡率", "‰", "4.2", "＜4", "预期性")
      + row("健康服务", "每千人口执业（助理）医师数", "人", "2.7", "≥3.2", "约束性")
      + row("", "每万人口全科医生数", "人", "2.5", "3.6", "约束性") + "\n";

  @Test
  void textRestatingARowWithAnotherValueIsExactlyOneMismatch() {
    PlanDocument doc = extract("某州“十四五”卫生健康发展规划\n一、发展目标\n"
        + "到2025年，全州人均预期寿命达到80岁，婴儿死亡率控制在4‰以下，每千人口执业（助理）医师数达到3.2人，"
        + "孕产妇死亡率控制在12/10万以下。\n" + TABLE + "二、主要任务\n加强基层队伍建设。\n");
    Reconciliation r = doc.reconciliation();
    assertEquals(1, r.disagreeing().size(), r.toString());
    ReconciledPair bad = r.disagreeing().get(0);
    assertEquals("life_expectancy", bad.canonicalId());
    assertEquals("target", bad.column());
    assertEquals(List.of("value"), bad.differences());
    assertEquals("79.5", bad.tableValue().raw());
    assertEquals(3, bad.textLine());
    assertEquals(doc.indicators().get(0).line(), bad.tableLine());
    assertEquals(List.of("infant_mortality", "physicians_per_1000"),
        r.agreeing().stream().map(ReconciledPair::canonicalId).toList());
    assertTrue(r.agreeing().stream().allMatch(ReconciledPair::comparable));
    assertEquals(List.of("gps_per_10000"), r.rowsNotRestated().stream().map(ReconciliationItem::canonicalId).toList());
    assertEquals(List.of("maternal_mortality"),
        r.targetsWithoutRow().stream().map(ReconciliationItem::canonicalId).toList());
    List<Warning> mismatches = doc.warnings().stream().filter(w -> w.code() == WarningCode.TARGET_TABLE_MISMATCH).toList();
    assertEquals(1, mismatches.size());
    assertEquals(3, mismatches.get(0).line());
    assertTrue(mismatches.get(0).message().contains("line 3") && mismatches.get(0).message().contains("line " + bad.tableLine()),
        mismatches.get(0).message());
  }

  @Test
  void unitAndOppositeComparatorAreDifferences() {
    PlanDocument doc = extract("某县“十四五”卫生健康规划\n一、发展目标\n"
        + "到2025年，全县婴儿死亡率控制在0.4%以下，每千人口执业（助理）医师数不高于3.2人。\n" + TABLE);
    Reconciliation r = doc.reconciliation();
    assertEquals(2, r.disagreeing().size(), r.toString());
    assertEquals(List.of("value", "unit"), r.disagreeing().get(0).differences());
    assertEquals(List.of("comparator"), r.disagreeing().get(1).differences());
  }

  @Test
  void aFactIsSetAgainstTheBaselineAndAChangeAgainstBaselinePlusChange() {
    PlanDocument doc = extract("某区“十四五”卫生健康规划\n一、发展基础\n截至2020年，全区人均预期寿命达到78.4岁。\n"
        + "二、发展目标\n到2025年，全区人均预期寿命提高1.1岁，每万人口全科医生数达到3.8人。\n" + TABLE);
    Reconciliation r = doc.reconciliation();
    assertEquals(List.of("baseline", "target"), r.agreeing().stream().map(ReconciledPair::column).toList(), r.toString());
    assertTrue(r.agreeing().get(1).comparable(), "78.4 + 1.1 = 79.5 is checked");
    assertEquals(1, r.disagreeing().size());
    assertEquals("gps_per_10000", r.disagreeing().get(0).canonicalId());
  }

  @Test
  void qualitativeTableValuesCannotDisagree() {
    PlanDocument doc = extract("某盟“十四五”卫生健康规划\n一、发展目标\n到2025年，全盟人均预期寿命达到80岁。\n表1 主要指标\n"
        + row("指标名称", "单位", "2025年", "指标属性") + row("人均预期寿命", "岁", "持续提高", "预期性")
        + row("婴儿死亡率", "‰", "按省下达目标", "约束性") + "\n");
    Reconciliation r = doc.reconciliation();
    assertTrue(r.disagreeing().isEmpty(), r.toString());
    assertEquals(1, r.agreeing().size());
    assertFalse(r.agreeing().get(0).comparable());
  }

  @Test
  void aPlanWithoutIndicatorsHasOnlyTextWithoutRow() {
    PlanDocument doc = extract("某镇卫生工作要点\n一、目标\n到2025年，全镇居民健康素养水平达到28%。\n");
    Reconciliation r = doc.reconciliation();
    assertTrue(doc.indicators().isEmpty());
    assertTrue(r.agreeing().isEmpty() && r.disagreeing().isEmpty() && r.rowsNotRestated().isEmpty());
    assertEquals(1, r.targetsWithoutRow().size());
    assertEquals(Reconciliation.empty(), new Reconciler(new org.planextract.rules.RuleLoader().loadBundled().dictionary()).reconcile(List.of(), List.of(), null));
  }
}
