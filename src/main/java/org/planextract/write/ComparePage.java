package org.planextract.write;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.planextract.compare.CompareEntry;
import org.planextract.compare.IndicatorGroups.Group;
import org.planextract.compare.IndicatorGroups.UnitGroup;
import org.planextract.model.Value;
import org.planextract.model.ValueKind;

/**
 * compare.html: one self-contained page (no script, no file or font from the network; charts are
 * inline SVG) comparing plans indicator by indicator. An index lists every canonical indicator
 * with its number of plans; each indicator two or more plans share gets a section with, per unit,
 * a baseline → target chart sorted by target, the targets without a number beside it (qualitative,
 * changes), and a table of every plan's values. Plans whose unit no conversion rule reaches are
 * charted apart, with a note. Sections render lazily ({@code content-visibility}) and a long chart
 * scrolls inside its box (about 40 plans in view), so a page over a thousand plans stays usable.
 */
public final class ComparePage {
  static final String STYLE = """
      body{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei","Microsoft YaHei",system-ui,sans-serif;margin:0;color:#222}
      header{background:#24476b;color:#fff;padding:10px 16px}header a{color:#cfe3ff}
      main{padding:8px 16px}section.ind{content-visibility:auto;contain-intrinsic-size:auto 900px;border-top:2px solid #24476b;margin-top:18px}
      h2{font-size:17px;margin:10px 0 4px}h3{font-size:14px;margin:10px 0 4px}.note{color:#8a4b00;font-size:13px}
      .pair{display:flex;gap:16px;align-items:flex-start}.side{font-size:12px;max-height:420px;overflow:auto;min-width:220px;max-width:340px}
      .side li{margin:2px 0}table{border-collapse:collapse;font-size:12px;margin:6px 0 12px}
      td,th{border:1px solid #bbb;padding:2px 5px;vertical-align:top}th{background:#eef;position:sticky;top:0}
      .chartbox{max-height:660px;overflow-y:auto;flex:none}
      details>summary{cursor:pointer;font-size:13px;color:#24476b}.num{text-align:right}
      svg.chart text{font-size:12px;fill:#222}svg.chart .lbl{text-anchor:end}svg.chart .tick{text-anchor:middle;fill:#666;font-size:11px}
      svg.chart .unit{font-weight:bold}svg.chart .legend{text-anchor:end;fill:#555}svg.chart .band{fill:#f3f6fa}
      svg.chart .grid{stroke:#ddd}svg.chart .up{stroke:#2f6fb0;stroke-width:2}svg.chart .down{stroke:#d07000;stroke-width:2}
      svg.chart .base{fill:#fff;stroke:#555;stroke-width:1.5}svg.chart .tgt{fill:#2f6fb0}svg.chart .range{fill:#8fb7e0}
      svg.chart a text{fill:#1a4f8a;text-decoration:underline}
      """;

  private final HtmlEscape esc = new HtmlEscape();
  private final DumbbellChart chart = new DumbbellChart();

  /**
   * The page. {@code review} gives the review page of a plan (relative to the page) when one
   * exists; values then link to their line there.
   */
  public String render(List<Group> groups, int plans, Function<String, Optional<String>> review) {
    Function<CompareEntry, Optional<String>> link = e -> review.apply(e.docId()).map(p -> p + "#L" + e.line());
    List<Group> shared = groups.stream().filter(g -> g.plans() >= 2).toList();
    StringBuilder sb = new StringBuilder(1 << 16);
    sb.append("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>plan-extract · compare plans</title><style>")
        .append(STYLE).append("</style></head><body><header><b>plan-extract · compare plans</b> · ").append(plans)
        .append(" plans · ").append(groups.size()).append(" canonical indicators, ").append(shared.size())
        .append(" shared by two or more plans</header><main>");
    appendIndex(sb, groups);
    for (Group g : shared) {
      appendGroup(sb, g, link);
    }
    return sb.append("</main></body></html>\n").toString();
  }

  private void appendIndex(StringBuilder sb, List<Group> groups) {
    sb.append("<h2 id=\"index\">Indicators</h2><table class=\"index\"><tr><th>indicator</th><th>id</th><th>plans</th>"
        + "<th>units compared in (plans)</th></tr>");
    for (Group g : groups) {
      sb.append("<tr><td>");
      if (g.plans() >= 2) {
        sb.append("<a href=\"#").append(esc.escape(g.canonicalId())).append("\">").append(esc.escape(g.name())).append("</a>");
      } else {
        sb.append(esc.escape(g.name())).append(" <span class=\"note\">(one plan only: ")
            .append(esc.escape(g.units().get(0).entries().get(0).planLabel())).append(")</span>");
      }
      sb.append("</td><td>").append(esc.escape(g.canonicalId())).append("</td><td class=\"num\">").append(g.plans())
          .append("</td><td>").append(esc.escape(g.units().stream()
              .map(u -> Objects.toString(u.unit(), "no unit") + " (" + u.entries().size() + ")")
              .collect(Collectors.joining(" · ")))).append("</td></tr>");
    }
    sb.append("</table>");
  }

  private void appendGroup(StringBuilder sb, Group g, Function<CompareEntry, Optional<String>> link) {
    sb.append("<section class=\"ind\" id=\"").append(esc.escape(g.canonicalId())).append("\"><h2>")
        .append(esc.escape(g.name())).append(" <small>").append(esc.escape(g.canonicalId())).append(" · ").append(g.plans())
        .append(" plans</small> <a href=\"#index\">↑</a></h2>");
    if (g.units().size() > 1) {
      sb.append("<p class=\"note\">Plans give this indicator in ").append(g.units().size())
          .append(" units that no rule of rules/values.yaml (conversions) converts into one another: ")
          .append(esc.escape(g.units().stream().map(u -> Objects.toString(u.unit(), "no unit") + " (" + u.entries().size()
              + " plans)").collect(Collectors.joining(", ")))).append("; each is charted apart.</p>");
    }
    for (UnitGroup u : g.units()) {
      sb.append("<h3>in ").append(esc.escape(Objects.toString(u.unit(), "no printed unit"))).append(" · ")
          .append(u.entries().size()).append(" plans</h3><div class=\"pair\">");
      List<CompareEntry> drawable = DumbbellChart.drawableOf(u.entries());
      if (!drawable.isEmpty()) {
        sb.append("<div class=\"chartbox\">").append(chart.render(drawable, u.unit(), link)).append("</div>");
      }
      List<CompareEntry> others = u.entries().stream().filter(e -> !numericTarget(e.target())).toList();
      if (!others.isEmpty()) {
        sb.append("<div class=\"side\"><b>Targets without a number on the axis</b><ul>");
        for (CompareEntry e : others) {
          sb.append("<li>").append(linked(e, esc.escape(e.planLabel()), link)).append(": ")
              .append(esc.escape(e.target() == null ? "no target (baseline only)" : e.target().raw())).append("</li>");
        }
        sb.append("</ul></div>");
      }
      sb.append("</div>");
      appendTable(sb, u, link);
    }
    sb.append("</section>\n");
  }

  private void appendTable(StringBuilder sb, UnitGroup u, Function<CompareEntry, Optional<String>> link) {
    sb.append("<details><summary>table of the ").append(u.entries().size()).append(" plans</summary><table><tr>"
        + "<th>plan</th><th>province</th><th>level</th><th>period</th><th>name as printed</th><th>unit</th><th>baseline</th>"
        + "<th>year</th><th>target</th><th>year</th><th>in ").append(esc.escape(Objects.toString(u.unit(), "—")))
        .append("</th><th>nature</th><th>source</th></tr>");
    for (CompareEntry e : u.entries()) {
      sb.append("<tr><td>").append(linked(e, esc.escape(e.planLabel()), link)).append("</td><td>")
          .append(esc.escape(e.province())).append("</td><td>").append(esc.escape(e.level())).append("</td><td>")
          .append(esc.escape(e.period())).append("</td><td>").append(esc.escape(e.name())).append("</td><td>")
          .append(esc.escape(e.unit())).append("</td><td>").append(esc.escape(raw(e.baseline()))).append("</td><td>")
          .append(year(e.baseline())).append("</td><td>").append(esc.escape(raw(e.target()))).append("</td><td>")
          .append(year(e.target())).append("</td><td class=\"num\">")
          .append(e.targetCompared() == null ? "" : e.targetCompared().toPlainString()).append("</td><td>")
          .append(e.nature() == null ? "" : e.nature().wire()).append("</td><td>").append(e.source())
          .append("</td></tr>");
    }
    sb.append("</table></details>");
  }

  private String linked(CompareEntry e, String html, Function<CompareEntry, Optional<String>> link) {
    return link.apply(e).map(h -> "<a href=\"" + esc.escape(h) + "\">" + html + "</a>").orElse(html);
  }

  private static boolean numericTarget(Value v) {
    return v != null && (v.kind() == ValueKind.LEVEL || v.kind() == ValueKind.RANGE);
  }

  private static String raw(Value v) {
    return v == null ? "" : v.raw();
  }

  private static String year(Value v) {
    return v == null || v.year() == null ? "" : v.year().toString();
  }
}
