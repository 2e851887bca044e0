package org.planextract.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planextract.TestCorpus;
import org.planextract.model.Format;
import org.planextract.model.Indicator;
import org.planextract.model.Nature;
import org.planextract.model.Op;
import org.planextract.model.Period;
import org.planextract.model.PlanDocument;
import org.planextract.model.Region;
import org.planextract.model.RegionLevel;
import org.planextract.model.Source;
import org.planextract.model.Status;
import org.planextract.model.Value;
import org.planextract.model.ValueKind;
import org.planextract.write.ComparePage;

/** Plans built for the test: units converted by the rule file or kept apart, odd plans, many plans. */
class CompareEntriesTest {
  private final CompareEntries entries = new CompareEntries(TestCorpus.rules().dictionary(),
      TestCorpus.rules().values().conversions());

  static Value level(String raw, String v, String unit, int year) {
    return new Value(raw, ValueKind.LEVEL, Op.EQ, new BigDecimal(v), null, null, unit, null, year, null);
  }

  static Value qualitative(String raw) {
    return new Value(raw, ValueKind.QUALITATIVE, null, null, null, null, null, null, 2025, null);
  }

  static Indicator row(String name, String id, String unit, Value base, Value target) {
    return new Indicator(1, null, null, name, unit, false, id, base, target, Nature.EXPECTED, "预期性", "t1", 10);
  }

  static PlanDocument plan(String docId, String city, List<Indicator> indicators) {
    return new PlanDocument(1, docId, new Source(docId + ".txt", Format.TXT, "0".repeat(64), "UTF-8"),
        city + "“十四五”卫生健康规划", new Region(city, "某省", RegionLevel.CITY), new Period(2021, 2025), Status.FINAL,
        List.of(), List.of(), List.of(), List.of(), indicators, List.of(), List.of(), null);
  }

  @Test
  void perMilleAndPercentAreComparedInTheDictionaryUnit() {
    List<CompareEntry> a = entries.of(plan("a", "甲市", List.of(row("婴儿死亡率", "infant_mortality", "‰",
        level("4.5", "4.5", null, 2020), level("4", "4", null, 2025)))));
    List<CompareEntry> b = entries.of(plan("b", "乙市", List.of(row("婴儿死亡率（%）", "infant_mortality", "%",
        level("0.5", "0.5", null, 2020), level("0.3", "0.3", null, 2025)))));
    assertEquals("‰", b.get(0).compareUnit());
    assertEquals(0, new BigDecimal("3").compareTo(b.get(0).targetCompared()));
    assertEquals(0, new BigDecimal("5").compareTo(b.get(0).baselineCompared()));
    List<IndicatorGroups.Group> groups = new IndicatorGroups().group(concat(a, b), entries.names());
    assertEquals(1, groups.get(0).units().size(), "one axis after conversion");
    assertEquals(List.of("a", "b"), groups.get(0).units().get(0).entries().stream().map(CompareEntry::docId).toList());
  }

  @Test
  void unitsNoRuleConvertsAreKeptApartAndSaidSo() {
    List<CompareEntry> a = entries.of(plan("a", "甲市", List.of(row("每千人口医疗卫生机构床位数", "beds_per_1000", "张",
        null, level("6.5", "6.5", null, 2025)))));
    List<CompareEntry> b = entries.of(plan("b", "乙市", List.of(row("每千人口医疗卫生机构床位数", "beds_per_1000", "床",
        null, level("6.8", "6.8", null, 2025)))));
    List<IndicatorGroups.Group> groups = new IndicatorGroups().group(concat(a, b), entries.names());
    assertEquals(2, groups.get(0).units().size());
    assertEquals("床", b.get(0).compareUnit());
    String page = new ComparePage().render(groups, 2, id -> java.util.Optional.empty());
    assertTrue(page.contains("each is charted apart"), "the page says why");
    assertEquals(2, page.split("<svg", -1).length - 1);
  }

  @Test
  void qualitativeTargetsOnlyAreListedBesideNoDotDrawn() {
    List<CompareEntry> all = new ArrayList<>();
    for (String city : List.of("甲县", "乙县")) {
      all.addAll(entries.of(plan(city, city, List.of(row("人均预期寿命", "life_expectancy", "岁", null,
          qualitative("持续提高"))))));
    }
    assertNull(all.get(0).targetCompared());
    String page = new ComparePage().render(new IndicatorGroups().group(all, entries.names()), 2, id -> java.util.Optional.empty());
    assertTrue(page.contains("<section class=\"ind\" id=\"life_expectancy\">"));
    assertTrue(page.contains("Targets without a number on the axis"));
    assertTrue(page.contains("持续提高"));
    assertTrue(!page.contains("<svg"), "nothing to draw");
  }

  @Test
  void aPlanWithNoIndicatorsAndAnIndicatorOfOnePlanOnly() {
    assertTrue(entries.of(plan("empty", "丙市", List.of())).isEmpty());
    List<CompareEntry> one = entries.of(plan("a", "甲市", List.of(row("婴儿死亡率", "infant_mortality", "‰", null,
        level("4", "4", null, 2025)))));
    List<IndicatorGroups.Group> groups = new IndicatorGroups().group(one, entries.names());
    assertEquals(1, groups.get(0).plans());
    String page = new ComparePage().render(groups, 2, id -> java.util.Optional.empty());
    assertTrue(page.contains("one plan only: 甲市"));
    assertTrue(!page.contains("<section"));
  }

  @Test
  void aThousandPlansMakeOneSectionPerIndicatorSortedByTarget() {
    List<CompareEntry> all = new ArrayList<>();
    for (int p = 0; p < 1000; p++) {
      String t = BigDecimal.valueOf(70 + (p * 37 % 100) / 10.0).toPlainString();
      all.addAll(entries.of(plan(String.format("p%04d", p), "第" + p + "市", List.of(
          row("人均预期寿命", "life_expectancy", "岁", level("76", "76", null, 2020), level(t, t, null, 2025)),
          row("婴儿死亡率", "infant_mortality", "‰", level("5", "5", null, 2020), level("4", "4", null, 2025))))));
    }
    List<IndicatorGroups.Group> groups = new IndicatorGroups().group(all, entries.names());
    String page = new ComparePage().render(groups, 1000, id -> java.util.Optional.of("review/" + id + ".html"));
    assertEquals(2, page.split("<section class=\"ind\"", -1).length - 1);
    List<CompareEntry> life = groups.stream().filter(g -> g.canonicalId().equals("life_expectancy")).findFirst()
        .orElseThrow().units().get(0).entries();
    for (int i = 1; i < life.size(); i++) {
      assertTrue(life.get(i - 1).targetCompared().compareTo(life.get(i).targetCompared()) >= 0, "highest first");
    }
    assertTrue(page.contains("href=\"review/p0000.html#L10\""));
    assertTrue(page.length() < 3_000_000, "two indicators × 1,000 plans: " + page.length() + " characters");
  }

  private static List<CompareEntry> concat(List<CompareEntry> a, List<CompareEntry> b) {
    List<CompareEntry> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
