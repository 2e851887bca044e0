package org.planextract.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planextract.TestCorpus;
import org.planextract.model.Value;
import org.planextract.model.ValueKind;

/** Every form of the value grammar, with cells as plans print them. */
class ValueParserTest {
  private final ValueParser parser = new ValueParser(TestCorpus.rules().values());

  private static String s(BigDecimal b) {
    return b == null ? null : b.stripTrailingZeros().toPlainString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "≥80%|>=|80|%",
      "≤20|<=|20|null",
      "＞4.3|>|4.3|null",
      "＜5.2‰|<|5.2|‰",
      "≧95|>=|95|null",
      "≦3.5|<=|3.5|null",
      ">4.3|>|4.3|null",
      "<10|<|10|null",
      "不低于90%|>=|90|%",
      "不少于3人|>=|3|人",
      "达到85%以上|>=|85|%",
      "12/10万以下|<=|12|/10万",
      "控制在28%以内|<=|28|%",
      "不超过25%|<=|25|%",
      "7.5左右|~|7.5|null",
      "约60|~|60|null",
      "８５．５|=|85.5|null",
      "≥7.5张|>=|7.5|张",
      "30/10万|=|30|/10万",
      "18/十万|=|18|/10万",
      "15 1/10万|=|15|/10万",
      "3.2人/千人口|=|3.2|人",
      "百分之九十以上|>=|90|%",
      "达到百分之九十五点五|=|95.5|%",
      // comparator words of other sectors' plans (not the corpus's): 突破, （含）以上, （含）以内
      "突破1200人次|>|1200|次",
      "4.2张（含）以上|>=|4.2|张",
      "控制在8%（含）以内|<=|8|%"})
  void levels(String raw, String op, String value, String unit) {
    Value v = parser.parse(raw, 2025).value();
    assertEquals(ValueKind.LEVEL, v.kind());
    assertEquals(op, v.op().wire());
    assertEquals(value, s(v.value()));
    assertEquals(unit, v.unit());
    assertEquals(2025, v.year());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {"80-85|80|85|null", "80～85|80|85|null",
      "80%-85%|80|85|%", "1—1.5|1|1.5|null", "90至95%|90|95|%",
      // a verb before a range (达到, 保持在) leaves it one range, not a level of the first number
      "达到81至82岁|81|82|岁", "保持在12%—15%|12|15|%", "力争达到3~4张|3|4|张"})
  void ranges(String raw, String min, String max, String unit) {
    Value v = parser.parse(raw, null).value();
    assertEquals(ValueKind.RANGE, v.kind());
    assertEquals(min, s(v.min()));
    assertEquals(max, s(v.max()));
    assertEquals(unit, v.unit());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "提高1岁|change|increase|1|岁|null",
      "下降10%|change|decrease|10|%|null",
      "比基期降低10%|change|decrease|10|%|基期",
      "比“十三五”末提高30%|change|increase|30|%|十三五末",
      "较2020年下降2个百分点|change|decrease|2|百分点|2020",
      "在2020年基础上增长30%|change|increase|30|%|2020",
      "年均下降1个百分点|annualChange|decrease|1|百分点|null",
      "每年降低0.5个百分点|annualChange|decrease|0.5|百分点|null",
      "力争年均增长5%|annualChange|increase|5|%|null"})
  void changes(String raw, String kind, String direction, String value, String unit, String reference) {
    Value v = parser.parse(raw, 2025).value();
    assertEquals(kind, v.kind().wire());
    assertEquals(direction, v.direction().wire());
    assertEquals(value, s(v.value()));
    assertEquals(unit, v.unit());
    assertEquals(reference, v.reference());
    assertNull(v.op());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "持续提升|increase", "稳步提高|increase", "同比例提高|increase", "逐步降低|decrease", "下降|decrease",
      "保持稳定|stable", "按国家下达目标|null", "完成省下达任务|null"})
  void qualitative(String raw, String direction) {
    Value v = parser.parse(raw, 2025).value();
    assertEquals(ValueKind.QUALITATIVE, v.kind());
    assertEquals(direction, v.direction() == null ? null : v.direction().wire());
    assertNull(v.value());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', value = {"—", "-", "/", "无", "''", "——"})
  void missing(String raw) {
    assertEquals(ValueKind.MISSING, parser.parse(raw, 2020).value().kind());
  }

  @Test
  void unreadableNumberIsKeptRawWithAProblem() {
    ValueParser.Parse p = parser.parse("2023年达到95%，2025年达到100%", 2025);
    assertEquals(ValueKind.QUALITATIVE, p.value().kind());
    assertEquals("2023年达到95%，2025年达到100%", p.value().raw());
    assertNotNull(p.problem());
  }

  @Test
  void rawKeepsTheCellWithoutInnerSpaces() {
    assertEquals("≥60", parser.parse(" ≥ 60 ", null).value().raw());
  }
}
