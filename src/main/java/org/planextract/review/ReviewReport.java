package org.planextract.review;

import org.planextract.write.HtmlEscape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.planextract.decision.Decision;
import org.planextract.eval.DocumentScore;
import org.planextract.eval.FieldScore;
import org.planextract.eval.Mismatch;
import org.planextract.model.Box;
import org.planextract.model.Indicator;
import org.planextract.model.PlanDocument;
import org.planextract.model.Section;
import org.planextract.model.Table;
import org.planextract.model.Target;
import org.planextract.model.Value;

/**
 * One plan as a self-contained HTML page (no scripts or files from the network): the rendering
 * with line numbers and the extractions highlighted (sections, 专栏 boxes, indicator rows, targets;
 * the rule and fields on hover), the extracted indicator table beside the source table, and, when
 * a fixture score is given, the misses, extras and wrong fields marked on their lines.
 */
public final class ReviewReport {
  static final String STYLE = """
      body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#222}
      header{background:#24476b;color:#fff;padding:10px 16px}header a{color:#cfe3ff}
      main{display:flex;gap:16px;padding:12px}section.text{flex:3;min-width:0}aside{flex:2;min-width:0;overflow-x:auto}
      .line{white-space:pre-wrap;font-size:13px;line-height:1.5;border-left:3px solid transparent;padding-left:4px}
      .ln{color:#999;display:inline-block;width:3.5em;user-select:none}
      .sec{background:#dbe9ff;font-weight:bold}.box{background:#fff6d5}.tgt{background:#c9f2c7;border-bottom:2px solid #2e8b2e}
      .fact{background:#eee2ff}.ind{border-left-color:#e08a00}.miss{border-left-color:#d00;background:#ffe5e5}
      table{border-collapse:collapse;font-size:12px;margin-bottom:12px}td,th{border:1px solid #bbb;padding:2px 4px;vertical-align:top}
      th{background:#eef}.bad{color:#b00}.legend span{margin-right:8px;padding:0 4px}
      .ind-table td:nth-child(3){min-width:12em}.src-table td:nth-child(2){min-width:10em}
      """;

  private final HtmlEscape html = new HtmlEscape();
  private final DisagreementsSection disagreements = new DisagreementsSection();
  private final ReviewPageData pageData = new ReviewPageData();
  private final RuleCountsTable ruleCounts = new RuleCountsTable();

  /** The page of one plan; {@code score} may be null (no fixture). */
  public String render(PlanDocument doc, String renderingText, DocumentScore score) {
    String[] lines = renderingText.split("\n", -1);
    int[] lineStart = new int[lines.length + 1];
    for (int i = 0; i < lines.length; i++) {
      lineStart[i + 1] = lineStart[i] + lines[i].length() + 1;
    }
    Mark[] marks = new Mark[renderingText.length() + 1];
    for (Box b : doc.boxes()) {
      paint(marks, b.span().start(), b.span().end(), new Mark("box", "专栏 " + b.label() + " " + b.title() + " (" + b.id() + ")", 1));
    }
    for (Section s : doc.sections()) {
      paint(marks, s.span().start(), s.span().end(), new Mark("sec",
          "section " + s.id() + " level " + s.level() + " number " + s.number() + ": " + s.title(), 2));
    }
    for (Target t : doc.targets()) {
      paint(marks, t.span().start(), t.span().end(), new Mark(t.kind().wire().equals("fact") ? "fact" : "tgt",
          t.kind().wire() + " · rule " + t.rule() + " · " + t.indicator() + " = " + t.value().raw() + " (" + t.value().year() + ")"
              + (t.canonicalId() == null ? "" : " · " + t.canonicalId()), 3));
    }
    List<String> lineClasses = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      lineClasses.add("line");
    }
    for (Indicator i : doc.indicators()) {
      if (i.line() - 1 < lineClasses.size()) {
        lineClasses.set(i.line() - 1, lineClasses.get(i.line() - 1) + " ind");
      }
    }
    if (score != null) {
      for (Mismatch m : score.mismatches()) {
        if (m.line() != null && m.line() - 1 < lineClasses.size() && m.line() > 0) {
          lineClasses.set(m.line() - 1, lineClasses.get(m.line() - 1) + " miss");
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><meta name=\"generator\" content=\"plan-extract review\"><title>")
        .append(html.escape(doc.title())).append(" · plan-extract review</title><style>").append(STYLE).append(ReviewPageScript.STYLE)
        .append("</style></head><body><header><a href=\"index.html\">← all plans</a> <b>")
        .append(html.escape(doc.title())).append("</b> · ").append(html.escape(doc.docId())).append(" · ")
        .append(html.escape(doc.region() == null ? "" : Objects.toString(doc.region().name(), "")))
        .append(" · ").append(doc.status().wire()).append(" · ").append(doc.sections().size()).append(" sections, ")
        .append(doc.boxes().size()).append(" boxes, ").append(doc.indicators().size()).append(" indicators, ")
        .append(doc.targets().size()).append(" targets</header>").append(ReviewPageScript.TOOLBAR);
    sb.append("<main><section class=\"text\"><p class=\"legend\"><span class=\"sec\">section</span><span class=\"box\">专栏</span>"
        + "<span class=\"tgt\">target</span><span class=\"fact\">fact</span><span class=\"line ind\">indicator row</span>"
        + "<span class=\"line miss\">fixture mismatch</span> (hover for rule and fields)</p>");
    for (int i = 0; i < lines.length; i++) {
      sb.append("<div class=\"").append(lineClasses.get(i)).append("\" id=\"L").append(i + 1).append("\"><span class=\"ln\">")
          .append(i + 1).append("</span>");
      appendMarked(sb, lines[i], lineStart[i], marks);
      sb.append("</div>\n");
    }
    sb.append("</section><aside>").append(ReviewPageScript.PANEL);
    if (score != null) {
      appendScore(sb, score);
    }
    appendIndicators(sb, doc);
    sb.append(disagreements.render(doc));
    for (Table t : doc.tables()) {
      appendSourceTable(sb, t);
    }
    sb.append("</aside></main><script id=\"plan-data\" type=\"application/json\">")
        .append(pageData.script(pageData.of(doc, score))).append("</script><script>").append(ReviewPageScript.SCRIPT)
        .append("</script></body></html>\n");
    return sb.toString();
  }

  /**
   * The index page: one row per plan with its counts and, with fixtures, its lowest F1; then the
   * hits per rule, with the candidates rejected counted from each plan's {@code decisions}.
   */
  public String index(List<PlanDocument> docs, List<DocumentScore> scores, List<List<Decision>> decisions) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><meta name=\"generator\" content=\"plan-extract review\"><title>plan-extract review</title><style>")
        .append(STYLE).append("</style></head><body><header><b>plan-extract review</b> · ").append(docs.size())
        .append(" plans</header><main><table class=\"index\"><tr><th>plan</th><th>title</th><th>sections</th><th>boxes</th>"
            + "<th>indicators</th><th>targets</th><th>warnings</th><th>lowest F1</th></tr>");
    for (PlanDocument d : docs) {
      DocumentScore s = scores.stream().filter(x -> x != null && x.docId().equals(d.docId())).findFirst().orElse(null);
      sb.append("<tr><td><a href=\"").append(html.escape(d.docId())).append(".html\">").append(html.escape(d.docId()))
          .append("</a></td><td>").append(html.escape(d.title())).append("</td><td>").append(d.sections().size())
          .append("</td><td>").append(d.boxes().size()).append("</td><td>").append(d.indicators().size())
          .append("</td><td>").append(d.targets().size()).append("</td><td>").append(d.warnings().size()).append("</td><td>")
          .append(s == null ? "—" : String.format(Locale.ROOT, "%.4f",
              s.fields().stream().mapToDouble(FieldScore::f1).min().orElse(1.0)))
          .append("</td></tr>");
    }
    sb.append("</table>");
    ruleCounts.append(sb, docs, scores, decisions, pageData);
    return sb.append("</main></body></html>\n").toString();
  }

  private record Mark(String css, String title, int priority) {}

  private static void paint(Mark[] marks, int start, int end, Mark mark) {
    for (int i = Math.max(0, start); i < Math.min(end, marks.length); i++) {
      if (marks[i] == null || marks[i].priority() <= mark.priority()) {
        marks[i] = mark;
      }
    }
  }

  private void appendMarked(StringBuilder sb, String line, int offset, Mark[] marks) {
    int i = 0;
    while (i < line.length()) {
      Mark m = offset + i < marks.length ? marks[offset + i] : null;
      int j = i + 1;
      while (j < line.length() && (offset + j < marks.length ? marks[offset + j] : null) == m) {
        j++;
      }
      String text = html.escape(line.substring(i, j));
      if (m == null) {
        sb.append(text);
      } else {
        sb.append("<span class=\"").append(m.css()).append("\" title=\"").append(html.escape(m.title())).append("\">")
            .append(text).append("</span>");
      }
      i = j;
    }
  }

  private void appendScore(StringBuilder sb, DocumentScore score) {
    sb.append("<h3>Against the fixture</h3><table class=\"score\"><tr><th>field</th><th>P</th><th>R</th><th>F1</th></tr>");
    for (FieldScore f : score.fields()) {
      sb.append("<tr").append(f.f1() < 1.0 ? " class=\"bad\"" : "").append("><td>").append(html.escape(f.field()))
          .append(String.format(Locale.ROOT, "</td><td>%.3f</td><td>%.3f</td><td>%.3f</td></tr>", f.precision(), f.recall(), f.f1()));
    }
    sb.append("</table>");
    if (!score.mismatches().isEmpty()) {
      sb.append("<ul class=\"mismatches\">");
      for (Mismatch m : score.mismatches()) {
        sb.append("<li class=\"bad\">").append(m.kind()).append(' ').append(html.escape(m.field()));
        if (m.line() != null) {
          sb.append(" <a href=\"#L").append(m.line()).append("\">line ").append(m.line()).append("</a>");
        }
        sb.append(": ").append(html.escape(m.item())).append("</li>");
      }
      sb.append("</ul>");
    }
  }

  private void appendIndicators(StringBuilder sb, PlanDocument doc) {
    sb.append("<h3>Indicators (extracted)</h3><table class=\"ind-table\"><tr><th>#</th><th>category</th><th>name</th>"
        + "<th>unit</th><th>baseline</th><th>target</th><th>nature</th><th>canonical id</th></tr>");
    for (Indicator i : doc.indicators()) {
      sb.append("<tr title=\"").append(html.escape(Explainer.describe(i))).append("\"><td><a href=\"#L").append(i.line()).append("\">")
          .append(i.seq() == null ? "·" : i.seq()).append("</a></td><td>").append(html.escape(i.category()))
          .append("</td><td>").append(html.escape(i.name())).append("</td><td>").append(html.escape(i.unit()))
          .append(i.unitInferred() ? "*" : "").append("</td><td>").append(value(i.baseline())).append("</td><td>")
          .append(value(i.target())).append("</td><td>").append(i.nature() == null ? "" : i.nature().wire())
          .append("</td><td>").append(html.escape(i.canonicalId())).append("</td></tr>");
    }
    sb.append("</table>");
  }

  private String value(Value v) {
    if (v == null) {
      return "";
    }
    return "<span title=\"" + html.escape(v.kind().wire() + (v.op() == null ? "" : " " + v.op().wire())
        + (v.value() == null ? "" : " " + v.value().toPlainString()) + (v.unit() == null ? "" : " " + v.unit())
        + (v.direction() == null ? "" : " " + v.direction().wire()) + (v.year() == null ? "" : " (" + v.year() + ")"))
        + "\">" + html.escape(v.raw()) + "</span>";
  }

  private void appendSourceTable(StringBuilder sb, Table t) {
    sb.append("<h3>Source table ").append(t.id()).append(" (").append(t.kind().wire()).append(") ")
        .append(html.escape(t.caption())).append(" — <a href=\"#L").append(t.line()).append("\">line ")
        .append(t.line()).append("</a></h3><table class=\"src-table\">");
    for (List<String> row : t.header()) {
      sb.append("<tr>");
      row.forEach(c -> sb.append("<th>").append(html.escape(c)).append("</th>"));
      sb.append("</tr>");
    }
    for (List<String> row : t.rows()) {
      sb.append("<tr>");
      row.forEach(c -> sb.append("<td>").append(html.escape(c)).append("</td>"));
      sb.append("</tr>");
    }
    sb.append("</table>");
  }
}
