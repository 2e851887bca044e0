package org.planextract.incremental;

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
