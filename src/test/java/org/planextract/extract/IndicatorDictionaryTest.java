package org.planextract.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planextract.TestCorpus;

/** Spellings of the same indicator in different plans map to one id. */
class IndicatorDictionaryTest {
  private final IndicatorDictionary dictionary = TestCorpus.rules().dictionary();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "每千人口执业（助理）医师数|physicians_per_1000",
      "每千常住人口执业(助理)医师数|physicians_per_1000",
      "每千人执业医师（助理）数|physicians_per_1000",
      "每千人口中医类别执业（助理）医师数|tcm_physicians_per_1000",
      "每千常住人口拥有医疗卫生机构床位数|beds_per_1000",
      "每万名居民拥有全科医生数|gps_per_10000",
      "其中：每千人口注册护士数|nurses_per_1000",
      "居民人均预期寿命|life_expectancy",
      "五岁以下儿童死亡率|under5_mortality",
      "个人卫生支出占卫生总费用比例|oop_health_spending_share",
      "高血压患者规范管理率|hypertension_management",
      "Ⅱ型糖尿病患者规范化管理服务率|diabetes_management",
      "每千人口拥有3岁以下婴幼儿托位数|childcare_slots_per_1000"})
  void spellings(String name, String id) {
    assertEquals(id, dictionary.find(name).orElseThrow(() -> new AssertionError(name)).id());
  }

  @Test
  void atLeastFortyIndicatorsEachWithUnitAndDirection() {
    assertTrue(dictionary.entries().size() >= 40, "entries: " + dictionary.entries().size());
    dictionary.entries().forEach(e -> {
      assertTrue(e.unit() != null, e.id() + " unit");
      assertTrue(e.higherIsBetter() != null, e.id() + " higherIsBetter");
    });
  }

  @Test
  void unknownNameHasNoId() {
    assertTrue(dictionary.find("城市绿化覆盖率").isEmpty());
  }
}
