package org.planextract.review;

import org.planextract.write.HtmlEscape;
import org.planextract.model.PlanDocument;
import org.planextract.model.ReconciledPair;
import org.planextract.model.Reconciliation;

/**
 * The review page's list of places where the running text restates an indicator row with another
 * value, comparator or unit (the plan's {@code reconciliation.disagreeing}), both lines linked,
 * shown beside the indicator table. Nothing when the text and the table agree.
 */
final class DisagreementsSection {
  private final HtmlEscape html = new HtmlEscape();

  String render(PlanDocument doc) {
    Reconciliation r = doc.reconciliation();
    if (r == null || r.disagreeing().isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("<h3 class=\"bad\">Text and table disagree (").append(r.disagreeing().size())
        .append(")</h3><table class=\"disagree\"><tr><th>indicator</th><th>year</th><th>table</th><th>text</th>"
            + "<th>differs in</th></tr>");
    for (ReconciledPair p : r.disagreeing()) {
      sb.append("<tr><td>").append(html.escape(p.indicator())).append("</td><td>").append(p.year() == null ? "" : p.year())
          .append(" (").append(p.column()).append(")</td><td><a href=\"#L").append(p.tableLine()).append("\">")
          .append(html.escape(p.tableValue().raw())).append("</a> · line ").append(p.tableLine())
          .append("</td><td><a href=\"#L").append(p.textLine()).append("\">").append(html.escape(p.textValue().raw()))
          .append("</a> · line ").append(p.textLine()).append("</td><td class=\"bad\">")
          .append(html.escape(String.join(", ", p.differences()))).append("</td></tr>");
    }
    return sb.append("</table>").toString();
  }
}
