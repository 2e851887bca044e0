package org.planextract.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.planextract.TestCorpus;

/**
 * The dictionary's fast look-ups (patterns tried only when their words are in the key, names found
 * by prefix) answer exactly what trying every pattern and every name in order answers, over the
 * corpus's table cells and phrases made from the dictionary's own names in other plans' words.
 */
class IndicatorDictionaryLookupTest {
  private final IndicatorDictionary dictionary = TestCorpus.rules().dictionary();

  /** The plain look-up: the first name or alias of the key (entries in file order), else every pattern in order. */
  private Optional<CanonicalIndicator> reference(String name) {
    String key = dictionary.key(name);
    for (CanonicalIndicator e : dictionary.entries()) {
      if (dictionary.key(e.name()).equals(key) || e.aliases().stream().anyMatch(a -> dictionary.key(a).equals(key))) {
        return Optional.of(e);
      }
    }
    for (CanonicalIndicator e : dictionary.entries()) {
      for (Pattern p : e.patterns()) {
        if (p.matcher(key).matches()) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }

  private boolean referenceStartsWithName(String text) {
    String key = dictionary.key(text);
    for (String name : dictionary.allNames()) {
      String k = dictionary.key(name);
      if (!k.isEmpty() && key.startsWith(k)) {
        return true;
      }
    }
    return false;
  }

  private List<String> phrases() throws Exception {
    List<String> out = new ArrayList<>();
    for (String id : TestCorpus.docIds()) {
      for (String line : Files.readAllLines(TestCorpus.file(id, "txt"), StandardCharsets.UTF_8)) {
        String t = line.strip();
        if (!t.isEmpty() && t.length() < 60) {
          out.add(t);
        }
      }
    }
    Random random = new Random(15);
    List<String> names = dictionary.allNames();
    String[] before = {"", "全市", "城乡", "本区", "全省", "农村", "新建", "其中：", "　"};
    String[] after = {"", "率", "（%）", "数", " ", "指标", "和"};
    for (int i = 0; i < 3000; i++) {
      String name = names.get(random.nextInt(names.size()));
      String cut = random.nextInt(4) == 0 ? name.substring(0, random.nextInt(name.length() + 1)) : name;
      out.add(before[random.nextInt(before.length)] + cut + after[random.nextInt(after.length)]);
    }
    // Names of the patterns' shapes written differently: 规范化管理服务率, Ⅱ型糖尿病 …
    out.addAll(List.of("高血压患者规范化管理服务率", "Ⅱ型糖尿病患者规范管理率", "65岁以上老年人城乡社区健康管理服务率",
        "以乡镇为单位适龄儿童国家免疫规划疫苗接种率", "因心脑血管疾病、癌症、慢性呼吸系统疾病和糖尿病导致的过早死亡率",
        "高血压和糖尿病患者规范管理率", "", "率", "管理率"));
    return out;
  }

  @Test
  void findAgreesWithTryingEveryNameAndPatternInOrder() throws Exception {
    int matched = 0;
    for (String phrase : phrases()) {
      Optional<CanonicalIndicator> expected = reference(phrase);
      assertEquals(expected, dictionary.find(phrase), phrase);
      matched += expected.isPresent() ? 1 : 0;
    }
    // The phrases reach both sides: names found, names not found.
    assertEquals(true, matched > 200, "matched " + matched);
  }

  @Test
  void startsWithNameAgreesWithTryingEveryName() throws Exception {
    for (String phrase : phrases()) {
      assertEquals(referenceStartsWithName(phrase), dictionary.startsWithName(phrase), phrase);
    }
  }
}
