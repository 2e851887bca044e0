package org.planextract.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.planextract.Deadline;
import org.planextract.TestCorpus;
import org.planextract.decision.Decisions;
import org.planextract.model.ErrorCode;
import org.planextract.model.Period;
import org.planextract.model.RunLimits;
import org.planextract.normalize.TextNormalizer;
import org.planextract.problems.Diagnostics;
import org.planextract.problems.PlanExtractException;
import org.planextract.read.TextLine;
import org.planextract.rules.RuleSet;
import org.planextract.structure.Outline;

/**
 * The time limit holds inside a regex: a target pattern that backtracks exponentially on a crafted
 * line stops with TIMEOUT soon after the limit instead of holding the worker for hours.
 */
class TargetTimeLimitTest {
  /** Twelve lazy wildcards before a literal the line lacks: C(n, 12) ways to fail (hours for n = 40). */
  private static final Pattern HOSTILE = Pattern.compile("(?<indicator>(?:.*?康){12}率)(?<value>达到[0-9]+%)");

  @Test
  void aHostileLineFailsWithTimeoutNotAfterMinutes() {
    RuleSet rules = TestCorpus.rules();
    TargetRules r = rules.targets();
    TargetRules hostile = new TargetRules(List.of(new TargetRule("hostile", HOSTILE, TargetRule.Shape.LEVEL)),
        r.yearMarker(), r.planEndMarker(), r.goalSectionTitle(), r.leadingFillers(), r.leadingTags(),
        r.trailingFillers(), r.trailingTags(), r.indicatorHeads(), r.ratioHeads(), r.maxClauseChars(),
        r.minIndicatorChars(), r.maxIndicatorChars(), r.sharedPrefix(), r.aside(), r.coordination(),
        r.listSeparators(), r.sentenceEnd(), r.clauseEnd());
    TargetSentenceExtractor extractor = new TargetSentenceExtractor(hostile, new ValueParser(rules.values()),
        rules.dictionary(), rules.segmenter());
    // The clause holds the pattern's words (率, 达到), so the rule prefilter lets the regex run.
    String line = "到2025年，率" + "健康".repeat(40) + "达到80%。";
    var text = new TextNormalizer().normalize(new TextLine(line, 1, 0));
    Deadline deadline = Deadline.after(Duration.ofSeconds(1));
    // A generous guard, not a speed measurement: without the check the match runs for hours.
    PlanExtractException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
        PlanExtractException.class, () -> extractor.extract(List.of(new Passage(text, 0, null)),
            new Outline(List.of()), new Period(2021, 2025), new Diagnostics(), new Decisions(), deadline,
            RunLimits.DEFAULT_MAX_CLAUSES)));
    assertEquals(ErrorCode.TIMEOUT, e.code());
  }
}
