package org.planextract.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.planextract.TestCorpus;
import org.planextract.normalize.TextNormalizer;

/** A rule's value part as a guard: taken out of the pattern exactly, and never a reason to miss a match. */
class ValueGuardsTest {
  private static TargetRule rule(String regex, TargetRule.Shape shape) {
    return new TargetRule("r", Pattern.compile(regex), shape);
  }

  @Test
  void theGroupBodySkipsEscapesQuotesAndClasses() {
    assertEquals(Optional.of("(?:达到|为)\\d+(?<unit>%|‰)?"),
        ValueGuards.groupBody("(?<indicator>.+?)(?<value>(?:达到|为)\\d+(?<unit>%|‰)?)$", "value"));
    assertEquals(Optional.of("[()（）]\\)\\Q(x)\\E\\d"),
        ValueGuards.groupBody("(?<indicator>.+?)(?<value>[()（）]\\)\\Q(x)\\E\\d)", "value"));
    assertEquals(Optional.of("[]a)]\\d"), ValueGuards.groupBody("(?<value>[]a)]\\d)", "value"), "] first in a class");
    assertEquals(Optional.empty(), ValueGuards.groupBody("(?<indicator>.+?)\\d+", "value"));
    assertEquals(Optional.empty(), ValueGuards.groupBody("(?<value>(\\d+)", "value"), "unbalanced");
  }

  @Test
  void flagsOrBackReferencesLeaveARuleUnguarded() {
    ValueGuards g = ValueGuards.of(List.of(
        rule("(?<indicator>.+?)(?<value>达到\\d+)", TargetRule.Shape.LEVEL),
        rule("(?i)(?<indicator>gdp.+?)(?<value>达到\\d+)", TargetRule.Shape.LEVEL),
        rule("(?<indicator>(率|数).+?)(?<value>\\1\\d+)", TargetRule.Shape.LEVEL),
        rule("(?<indicators>.+?)分别(?<values>\\d+(?:、\\d+)+)", TargetRule.Shape.RESPECTIVELY)));
    assertTrue(g.guarded(0));
    assertFalse(g.guarded(1));
    assertFalse(g.guarded(2));
    assertTrue(g.guarded(3), "an enumeration rule is guarded by its values group");
    assertTrue(g.mayMatch(0, "森林覆盖率达到45", 0));
    assertFalse(g.mayMatch(0, "森林覆盖率持续提高", 0));
    assertFalse(g.mayMatch(0, "森林覆盖率达到45", 6), "nothing at or after the position");
    assertTrue(g.mayMatch(1, "anything", 0));
    assertFalse(g.mayMatch(3, "甲乙分别提高", 0));
  }

  /**
   * The bundled rules over every clause of the corpus, at every start a search resumes from: a rule
   * that finds a match is never refused by its guard, and the guards do refuse rules.
   */
  @Test
  void theBundledRulesAreGuardedAndNeverLoseAMatch() throws IOException {
    List<TargetRule> rules = TestCorpus.rules().targets().rules();
    ValueGuards guards = ValueGuards.of(rules);
    for (int r = 0; r < rules.size(); r++) {
      assertTrue(guards.guarded(r), rules.get(r).id() + " has a guard");
    }
    List<String> clauses = new ArrayList<>();
    try (Stream<Path> files = Files.list(TestCorpus.CORPUS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          clauses.addAll(List.of(TextNormalizer.fold(line).split("[，。；：,;:]")));
        }
      }
    }
    clauses.addAll(List.of("每千人口床位数、执业医师数分别达到6.8张、3.6人", "城镇化率比2020年提高3个百分点",
        "普惠性幼儿园在园幼儿占比较2020年提高5个百分点", "托位数4.5个", "污水处理率不低于95%，绿地率为40%"));
    int matched = 0;
    int refused = 0;
    for (String clause : clauses) {
      for (int r = 0; r < rules.size(); r++) {
        var m = rules.get(r).pattern().matcher(clause);
        int pos = 0;
        while (pos <= clause.length()) {
          boolean matches = m.find(pos);
          if (matches) {
            matched++;
            assertTrue(guards.mayMatch(r, clause, pos), rules.get(r).id() + " matches but its guard refused: " + clause);
            pos = Math.max(m.end(), m.start() + 1);
          } else {
            refused += guards.mayMatch(r, clause, pos) ? 0 : 1;
            break;
          }
        }
      }
    }
    assertTrue(matched > 100, "the corpus has matches: " + matched);
    assertTrue(refused > clauses.size(), "the guards refuse rules: " + refused);
  }
}
