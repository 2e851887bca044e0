package org.planextract.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.planextract.CorpusExtraction;
import org.planextract.PlanExtractor;
import org.planextract.decision.Decision;

/** The review index counts, per rule, the candidates the pipeline rejected, from the analysis' decisions. */
class RuleCountsTableTest {
  private static Decision decision(Decision.Stage stage, String rule, boolean accepted) {
    return new Decision(stage, 1, null, "text", null, rule, accepted, "because");
  }

  @Test
  void rejectedDecisionsAreCountedPerRuleAndAcceptedOnesAreNot() {
    List<List<Decision>> decisions = List.of(
        List.of(decision(Decision.Stage.TARGET, "target-level", false), decision(Decision.Stage.TARGET, "target-level", true),
            decision(Decision.Stage.TARGET, null, false), decision(Decision.Stage.HEADING, "chapter", false)),
        List.of(decision(Decision.Stage.TARGET, "target-level", false), decision(Decision.Stage.INDICATOR, null, false)));
    assertEquals(Map.of("target-level", 2, "(target)", 1, "(section)", 1, "(indicator)", 1),
        new RuleCountsTable().rejected(decisions));
  }

  /** One plan of another province's sector, through the whole pipeline: its rejected clause shows up. */
  @Test
  void theIndexShowsRejectedCandidatesOfARealAnalysis() {
    String text = "第一章 发展目标\n到2025年，全省每千人口注册护士数达到4.2人，全面推进智慧养老服务建设。\n";
    PlanExtractor.Analysis a = CorpusExtraction.extractor().analyze(Path.of("plan.txt"),
        text.getBytes(StandardCharsets.UTF_8), "plan");
    long rejectedWithoutRule = a.decisions().stream()
        .filter(d -> !d.accepted() && d.stage() == Decision.Stage.TARGET && d.ruleId() == null).count();
    assertTrue(rejectedWithoutRule > 0, a.decisions()::toString);
    String html = new ReviewReport().index(List.of(a.document()), java.util.Arrays.asList((org.planextract.eval.DocumentScore) null),
        List.of(a.decisions()));
    Matcher row = Pattern.compile("<tr><td>\\(target\\)</td><td>(\\d+)</td><td>(\\d+)</td><td>(\\d+)</td>").matcher(html);
    assertTrue(row.find(), html);
    assertEquals(String.valueOf(rejectedWithoutRule), row.group(3));
    assertFalse(html.substring(html.indexOf("Hits per rule")).contains("<td>—</td>"), "no rejected count is left unknown");
    Matcher level = Pattern.compile("<tr><td>target-level</td><td>1</td><td>1</td><td>(\\d+)</td>").matcher(html);
    assertTrue(level.find(), html);
  }
}
