package org.planextract.review;

import org.planextract.write.HtmlEscape;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.planextract.decision.Decision;
import org.planextract.eval.DocumentScore;
import org.planextract.model.PlanDocument;

/**
 * The index page's per-rule hit counts over all plans: how many items each rule made (fired;
 * every one in the output was accepted), how many candidates it was weighed on and rejected (from
 * the analysis' {@link Decision}s, the records explain reads), and with fixtures how many of the
 * items are true and false positives. Items and candidates without a rule id are counted under
 * their kind, as "(section)".
 */
final class RuleCountsTable {
  /** The kind an item of each stage has on the review page (ReviewPageData's item kinds). */
  private static final Map<Decision.Stage, String> KINDS = Map.of(Decision.Stage.HEADING, "section",
      Decision.Stage.BOX, "box", Decision.Stage.TABLE, "table", Decision.Stage.INDICATOR, "indicator",
      Decision.Stage.TARGET, "target");
  private static final String SCORED_NOTE = "fired = items in the output; rejected = candidates a rule (or, in"
      + " parentheses, the stage) weighed and did not output; true/false positives count only plans with a fixture";

  /** Per rule id (or "(kind)" when no rule matched): the candidates the pipeline rejected. */
  Map<String, Integer> rejected(List<List<Decision>> decisions) {
    Map<String, Integer> out = new TreeMap<>();
    for (List<Decision> doc : decisions) {
      for (Decision d : doc) {
        if (!d.accepted()) {
          out.merge(key(d), 1, Integer::sum);
        }
      }
    }
    return out;
  }

  /** The row a decision counts in: its rule for a target (as items are counted), else its kind. */
  private static String key(Decision d) {
    return d.stage() == Decision.Stage.TARGET && d.ruleId() != null ? d.ruleId() : "(" + KINDS.get(d.stage()) + ")";
  }

  void append(StringBuilder sb, List<PlanDocument> docs, List<DocumentScore> scores, List<List<Decision>> decisions,
      ReviewPageData data) {
    Map<String, int[]> total = new TreeMap<>();
    for (int i = 0; i < docs.size(); i++) {
      DocumentScore score = i < scores.size() ? scores.get(i) : null;
      data.ruleCounts(docs.get(i), score).forEach((rule, c) -> {
        int[] t = total.computeIfAbsent(rule, k -> new int[3]);
        for (int j = 0; j < 3; j++) {
          t[j] += c[j];
        }
      });
    }
    Map<String, Integer> rejected = rejected(decisions);
    rejected.keySet().forEach(rule -> total.computeIfAbsent(rule, k -> new int[3]));
    HtmlEscape html = new HtmlEscape();
    sb.append("<h3>Hits per rule</h3><table class=\"rules\"><tr><th>rule</th><th>fired</th><th>accepted</th>"
        + "<th>rejected</th><th>true positives</th><th>false positives</th></tr>");
    total.forEach((rule, c) -> sb.append("<tr><td>").append(html.escape(rule)).append("</td><td>").append(c[0])
        .append("</td><td>").append(c[0]).append("</td><td>")
        .append(rejected.getOrDefault(rule, 0)).append("</td><td>")
        .append(c[1]).append("</td><td>").append(c[2]).append("</td></tr>"));
    sb.append("</table>");
    if (!total.isEmpty()) {
      sb.append("<p>").append(SCORED_NOTE).append("</p>");
    }
  }
}
