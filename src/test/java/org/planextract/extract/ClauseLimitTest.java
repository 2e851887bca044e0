package org.planextract.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planextract.CorpusExtraction;
import org.planextract.Deadline;
import org.planextract.PlanExtractor;
import org.planextract.TestCorpus;
import org.planextract.decision.Decisions;
import org.planextract.model.ErrorCode;
import org.planextract.model.Period;
import org.planextract.model.PlanDocument;
import org.planextract.model.RunLimits;
import org.planextract.model.Source;
import org.planextract.normalize.TextNormalizer;
import org.planextract.problems.Cancellation;
import org.planextract.problems.Diagnostics;
import org.planextract.problems.PlanExtractException;
import org.planextract.read.SourceText;
import org.planextract.read.TextLine;
import org.planextract.structure.Outline;

/** max-clauses: a hard limit counted where clauses are made; each clause also asks the time limit. */
class ClauseLimitTest {
  private static final String TITLE = "某市“十四五”教育事业发展规划\n一、发展目标\n";
  /** One searched sentence of 1 + 40 clauses: 到2025年 and forty targets. */
  private static final String FORTY = TITLE + "到2025年，" + "学前教育毛入园率达到90%，".repeat(40) + "\n";

  private static PlanDocument run(String text, int maxClauses) {
    PlanExtractor extractor = CorpusExtraction.extractor();
    SourceText read = extractor.read(Path.of("plan.txt"), text.getBytes(StandardCharsets.UTF_8));
    Source source = new Source("plan.txt", read.format(), "sha", read.encoding());
    return extractor.analyze(read, source, "plan", Deadline.none(), RunLimits.defaults().withMaxClauses(maxClauses))
        .document();
  }

  @Test
  void aDocumentAtTheBoundIsReadAndOnePastItIsLimitExceeded() {
    assertEquals(40, run(FORTY, 41).targets().size());
    PlanExtractException e = assertThrows(PlanExtractException.class, () -> run(FORTY, 40));
    assertEquals(ErrorCode.LIMIT_EXCEEDED, e.code());
    assertTrue(e.getMessage().contains("over max-clauses 40"), e.getMessage());
  }

  /** Sentences that are not searched (no year, not a goal section) count one each. */
  @Test
  void sentencesNotSearchedCountOneEach() {
    String text = "某县“十四五”交通运输发展规划\n一、发展基础\n" + "新建农村公路12公里。".repeat(30) + "\n";
    assertEquals(0, run(text, 30).targets().size());
    assertEquals(ErrorCode.LIMIT_EXCEEDED, assertThrows(PlanExtractException.class, () -> run(text, 29)).code());
  }

  @Test
  void theDefaultIsRecordedAndFarAboveAPlan() {
    assertEquals(RunLimits.DEFAULT_MAX_CLAUSES, RunLimits.defaults().maxClauses());
    assertEquals(77, RunLimits.defaults().withMaxClauses(77).maxClauses());
    assertEquals(RunLimits.defaults().maxTargets(), RunLimits.defaults().withMaxClauses(77).maxTargets());
    assertThrows(IllegalArgumentException.class, () -> RunLimits.defaults().withMaxClauses(0));
    assertEquals(40, run(FORTY, RunLimits.DEFAULT_MAX_CLAUSES).targets().size());
  }

  /**
   * A line of short clauses is one passage and no clause's match reads enough characters to ask the
   * time limit: each clause asks it, so a limit that expires after the passage's first check stops it.
   */
  @Test
  void eachClauseAsksTheTimeLimit() {
    var rules = TestCorpus.rules();
    TargetSentenceExtractor extractor = new TargetSentenceExtractor(rules.targets(), new ValueParser(rules.values()),
        rules.dictionary(), rules.segmenter());
    var text = new TextNormalizer().normalize(new TextLine("到2025年，" + "普通高中毛入学率达到95%，".repeat(20), 1, 0));
    int[] asked = {0};
    Cancellation expiresAfterFirstCheck = stage -> {
      if (++asked[0] > 1) {
        throw new PlanExtractException(ErrorCode.TIMEOUT, "over the time limit (during " + stage + ")");
      }
    };
    PlanExtractException e = assertThrows(PlanExtractException.class, () -> extractor.extract(
        List.of(new Passage(text, 0, null)), new Outline(List.of()), new Period(2021, 2025), new Diagnostics(),
        new Decisions(), expiresAfterFirstCheck, RunLimits.DEFAULT_MAX_CLAUSES));
    assertEquals(ErrorCode.TIMEOUT, e.code());
  }
}
