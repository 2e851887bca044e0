package org.planextract.review;

import org.planextract.write.HtmlEscape;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.planextract.eval.DocumentScore;
import org.planextract.model.PlanDocument;

/**
 * The index page's per-rule hit counts over all plans: how many items each rule made (fired;
 * every one in the output was accepted), and with fixtures how many of them are true and false
 * positives. Items without a rule id are counted under their kind, as "(section)".
 *
 * <p>{@link #rejected} is the hook for the pipeline's accept/reject decisions: until they are
 * recorded per candidate, the "rejected" column shows "—".
 */
final class RuleCountsTable {
  /** Per rule: candidates the pipeline rejected. HOOK: fill from the Pipeline's Decision records. */
  Map<String, Integer> rejected(List<PlanDocument> docs) {
    return Map.of();
  }

  void append(StringBuilder sb, List<PlanDocument> docs, List<DocumentScore> scores, ReviewPageData data) {
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
    Map<String, Integer> rejected = rejected(docs);
    HtmlEscape html = new HtmlEscape();
    sb.append("<h3>Hits per rule</h3><table class=\"rules\"><tr><th>rule</th><th>fired</th><th>accepted</th>"
        + "<th>rejected</th><th>true positives</th><th>false positives</th></tr>");
    total.forEach((rule, c) -> sb.append("<tr><td>").append(html.escape(rule)).append("</td><td>").append(c[0])
        .append("</td><td>").append(c[0]).append("</td><td>")
        .append(rejected.containsKey(rule) ? String.valueOf(rejected.get(rule)) : "—").append("</td><td>")
        .append(c[1]).append("</td><td>").append(c[2]).append("</td></tr>"));
    sb.append("</table>");
    if (!total.isEmpty()) {
      sb.append("<p>").append(scoredNote(total, rejected)).append("</p>");
    }
  }

  private static String scoredNote(Map<String, int[]> total, Map<String, Integer> rejected) {
    return "fired = items in the output; true/false positives count only plans with a fixture"
        + (rejected.isEmpty() ? "; rejected candidates are not recorded yet" : "");
  }
}
