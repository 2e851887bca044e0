package org.planextract.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planextract.TestCorpus;

/** Every example carried by rules/*.yaml holds: the rule files document themselves. */
class RuleExamplesTest {

  static Stream<RuleExample> examples() {
    return TestCorpus.rules().examples().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exampleHolds(RuleExample example) {
    assertTrue(example.passed(), example.file() + " " + example.ruleId() + ": \"" + example.text() + "\" " + example.failure());
  }

  @Test
  void everySchemeHasExamples() {
    assertFalse(TestCorpus.rules().examples().isEmpty());
    for (var scheme : TestCorpus.rules().heading().schemes()) {
      assertTrue(TestCorpus.rules().examples().stream().anyMatch(e -> e.ruleId().equals(scheme.id())),
          scheme.id() + " has no example");
    }
  }
}
