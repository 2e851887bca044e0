package org.planextract.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A run diff as text (one line per difference, then a summary) and as one self-contained HTML
 * page (per plan a table of differences, effects coloured), for {@code plan-extract diff}.
 */
public final class DiffReport {
  /** One line per change: {@code docId field +|-|~ line N: item (detail) [effect]}. */
  public List<String> text(List<ItemChange> changes) {
    List<String> out = new ArrayList<>();
    for (ItemChange c : changes) {
      out.add(c.docId() + " " + c.field() + " " + sign(c.kind()) + (c.line() == null ? "" : " line " + c.line()) + ": "
          + c.item() + (c.detail() == null || c.detail().isEmpty() ? "" : " (" + c.detail() + ")")
          + (c.effect() == null ? "" : " [" + c.effect().label() + "]"));
    }
    out.add(summary(changes));
    return out;
  }

  /** "3 added, 1 removed, 2 changed in 2 plans; 1 fixed a miss, 0 broke a hit". */
  public String summary(List<ItemChange> changes) {
    long plans = changes.stream().map(ItemChange::docId).distinct().count();
    return String.format(Locale.ROOT, "%d added, %d removed, %d changed in %d plans; %d fixed a miss, %d broke a hit, "
            + "%d removed an extra, %d new extras",
        count(changes, ItemChange.Kind.ADDED), count(changes, ItemChange.Kind.REMOVED), count(changes, ItemChange.Kind.CHANGED),
        plans, effect(changes, ItemChange.Effect.FIXED_MISS), effect(changes, ItemChange.Effect.BROKE_HIT),
        effect(changes, ItemChange.Effect.REMOVED_EXTRA), effect(changes, ItemChange.Effect.NEW_EXTRA));
  }

  public String html(String titleA, String titleB, List<ItemChange> changes) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>plan-extract diff</title>"
        + "<style>body{font-family:system-ui,\"Noto Sans CJK SC\",sans-serif;margin:16px}table{border-collapse:collapse;font-size:13px}"
        + "td,th{border:1px solid #bbb;padding:2px 6px;vertical-align:top}th{background:#eef}.ADDED{background:#e6ffe6}"
        + ".REMOVED{background:#ffe9e9}.CHANGED{background:#fff6d5}.FIXED_MISS,.REMOVED_EXTRA{color:#070;font-weight:bold}"
        + ".BROKE_HIT,.NEW_EXTRA{color:#b00;font-weight:bold}</style></head><body><h1>plan-extract diff</h1><p>A = ")
        .append(escape(titleA)).append(", B = ").append(escape(titleB)).append("</p><p><b>")
        .append(escape(summary(changes))).append("</b></p>");
    Map<String, List<ItemChange>> byDoc = new LinkedHashMap<>();
    changes.forEach(c -> byDoc.computeIfAbsent(c.docId(), k -> new ArrayList<>()).add(c));
    for (var e : byDoc.entrySet()) {
      sb.append("<h2 id=\"").append(escape(e.getKey())).append("\">").append(escape(e.getKey())).append("</h2>")
          .append("<table><tr><th>field</th><th>change</th><th>line</th><th>item</th><th>fields</th><th>against the fixture</th></tr>");
      for (ItemChange c : e.getValue()) {
        sb.append("<tr class=\"").append(c.kind()).append("\"><td>").append(c.field()).append("</td><td>")
            .append(c.kind().name().toLowerCase(Locale.ROOT)).append("</td><td>").append(c.line() == null ? "" : c.line())
            .append("</td><td>").append(escape(c.item())).append("</td><td>").append(escape(c.detail() == null ? "" : c.detail()))
            .append("</td><td class=\"").append(c.effect() == null ? "" : c.effect().name()).append("\">")
            .append(c.effect() == null ? "" : c.effect().label()).append("</td></tr>");
      }
      sb.append("</table>");
    }
    return sb.append("</body></html>\n").toString();
  }

  private static String sign(ItemChange.Kind k) {
    return switch (k) {
      case ADDED -> "+";
      case REMOVED -> "-";
      case CHANGED -> "~";
    };
  }

  private static long count(List<ItemChange> cs, ItemChange.Kind k) {
    return cs.stream().filter(c -> c.kind() == k).count();
  }

  private static long effect(List<ItemChange> cs, ItemChange.Effect e) {
    return cs.stream().filter(c -> c.effect() == e).count();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
