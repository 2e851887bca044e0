package org.planextract.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.planextract.TestCorpus;
import org.planextract.normalize.TextNormalizer;

/** The target-rule prefilter: which rules it leaves, and that it never drops a rule that matches. */
class RulePrefilterTest {
  private static TargetRule rule(String id, String regex) {
    return new TargetRule(id, Pattern.compile(regex), TargetRule.Shape.LEVEL);
  }

  @Test
  void aRuleIsTriedOnlyWhenItsWordsAreInTheClause() {
    RulePrefilter filter = RulePrefilter.of(List.of(
        rule("level", "(?<indicator>.+?)(?:达到|提高到)(?<value>\\d+)"),
        rule("respectively", "(?<indicator>.+?)分别(?:为|是)(?<value>\\d+)")));
    assertEquals(bits(0), filter.candidates("全县森林覆盖率达到45%"));
    assertEquals(bits(0), filter.candidates("城镇化率提高到60%"));
    assertEquals(bits(1), filter.candidates("两项指标分别为3和4"));
    assertEquals(bits(), filter.candidates("全面推进乡村振兴"));
    assertEquals(bits(0, 1), filter.candidates("甲乙分别是3和4，丙达到5"));
  }

  @Test
  void allOfTheRequiredGroupsMustBePresent() {
    RulePrefilter filter = RulePrefilter.of(List.of(rule("rate", "(?:增长|提高)(?<indicator>[^，]*)率(?<value>\\d+)")));
    assertEquals(bits(0), filter.candidates("提高就业率5"));
    assertEquals(bits(), filter.candidates("提高就业人数5"), "率 is missing");
    assertEquals(bits(), filter.candidates("就业率5"), "增长/提高 is missing");
  }

  @Test
  void aRuleWithoutDerivableWordsIsAlwaysTried() {
    RulePrefilter filter = RulePrefilter.of(List.of(
        rule("classes", "(?<indicator>[\\u4e00-\\u9fa5]+)(?<value>\\d+)"),
        rule("flags", "(?i)(?<indicator>gdp)(?<value>\\d+)"),
        rule("words", "(?<indicator>.+?)超过(?<value>\\d+)")));
    assertTrue(filter.alwaysTried(0));
    assertTrue(filter.alwaysTried(1));
    assertFalse(filter.alwaysTried(2));
    assertEquals(bits(0, 1), filter.candidates("人均GDP 9万元"));
    assertEquals(bits(0, 1, 2), filter.candidates("粮食产量超过50万吨"));
  }

  @Test
  void overlappingWordsAreAllFound() {
    LiteralAutomaton automaton = new LiteralAutomaton(List.of("提高", "提高到", "高到", "到", "率达到"));
    BitSet found = automaton.found("覆盖率达提高到九成");
    assertEquals(bits(0, 1, 2, 3), found);
    assertEquals(bits(3, 4), automaton.found("普及率达到"));
    assertEquals(bits(), automaton.found(""));
  }

  /**
   * The bundled rules over every line of the corpus and every rule example: a rule that finds a
   * match in a clause is always among the prefilter's candidates, so the first match is the same.
   */
  @Test
  void theBundledRulesFindTheSameFirstMatchWithAndWithoutThePrefilter() throws IOException {
    List<TargetRule> rules = TestCorpus.rules().targets().rules();
    RulePrefilter filter = RulePrefilter.of(rules);
    List<String> clauses = new ArrayList<>();
    try (Stream<Path> files = Files.list(TestCorpus.CORPUS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          for (String clause : TextNormalizer.fold(line).split("[，。；：,;:]")) {
            clauses.add(clause);
          }
        }
      }
    }
    clauses.addAll(List.of("每千人口床位数、执业医师数分别达到6.8张、3.6人", "城镇化率比2020年提高3个百分点",
        "人均公园绿地面积达到15平方米以上", "到2025年，污水处理率不低于95%"));
    int matched = 0;
    int skipped = 0;
    for (String clause : clauses) {
      BitSet candidates = filter.candidates(clause);
      for (int r = 0; r < rules.size(); r++) {
        boolean matches = rules.get(r).pattern().matcher(clause).find();
        if (matches) {
          matched++;
          assertTrue(candidates.get(r), rules.get(r).id() + " matches but was filtered out: " + clause);
        } else if (!candidates.get(r)) {
          skipped++;
        }
      }
    }
    assertTrue(matched > 100, "the corpus has matches: " + matched);
    assertTrue(skipped > clauses.size(), "the prefilter skips rules: " + skipped);
  }

  private static BitSet bits(int... set) {
    BitSet b = new BitSet();
    for (int i : set) {
      b.set(i);
    }
    return b;
  }
}
