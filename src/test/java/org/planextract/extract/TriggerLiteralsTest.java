package org.planextract.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words a pattern cannot match without, derived conservatively. */
class TriggerLiteralsTest {
  @Test
  void literalsOfSequencesGroupsAndAlternations() {
    assertEquals(List.of(List.of("分别"), List.of("、", "和")), TriggerLiterals.of("(?<indicators>.+?)分别(?<values>{VALUE}(?:(?:、|和){VALUE})+)"));
    assertEquals(List.of(List.of("增长", "提高"), List.of("率")), TriggerLiterals.of("(?:增长|提高)率"));
    assertEquals(List.of(List.of("覆盖"), List.of("率")), TriggerLiterals.of("覆盖(?:面)?率"),
        "an optional part breaks the run and requires nothing");
    assertEquals(List.of(List.of("每千人"), List.of("床")), TriggerLiterals.of("(?<![0-9])每千人[口]?床+"));
    assertEquals(List.of(), TriggerLiterals.of("(?<indicator>.+?(?:率|数)|.+?)(?<value>{LEVEL})"),
        "a branch requiring nothing makes the alternation require nothing");
    assertEquals(List.of(List.of("达到.")), TriggerLiterals.of("达到\\.\\d+"));
  }

  @Test
  void quotedWordsAreLiterals() {
    assertEquals(List.of(List.of("不低于", "超过"), List.of("%")),
        TriggerLiterals.of("(?:\\Q不低于\\E|\\Q超过\\E)+[0-9]+\\Q%\\E"));
    assertEquals(List.of(List.of("比")), TriggerLiterals.of("比(?:\\Q平均每年\\E|\\Q每年\\E)?[0-9]+"),
        "an optional quoted word requires nothing");
    assertEquals(List.of(List.of("a.b|c")), TriggerLiterals.of("\\Qa.b|c\\E"), "metacharacters inside \\Q…\\E are text");
    assertEquals(List.of(List.of("尾")), TriggerLiterals.of("\\Q尾"), "an unclosed \\Q quotes to the end");
  }

  @Test
  void whatIsNotUnderstoodIsNotAnalysable() {
    assertNull(TriggerLiterals.of("(a)\\1"));
    assertNull(TriggerLiterals.of("(?i)rate"));
    assertNull(TriggerLiterals.of("x{2,3"));
    assertNull(TriggerLiterals.of("(unclosed"));
  }

  @Test
  void aTextWithoutTheWordsCannotMatch() {
    var clauses = TriggerLiterals.of("(?<indicator>托育[^,]{0,6}?数)(?<value>{UNIT_VALUE})");
    assertTrue(TriggerLiterals.mayMatch(clauses, "每千人口托育机构托位数4.5个"));
    assertFalse(TriggerLiterals.mayMatch(clauses, "每千人口托位数4.5个"));
  }
}
