package org.planextract.write;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.planextract.compare.CompareEntry;

/**
 * An inline SVG chart of one indicator in one unit: a row per plan, its baseline (hollow dot) joined
 * to its target (filled dot; a bar for a range), in the order given, with the unit on the axis, the
 * plan's name on the left (a link to its review page line when there is one) and the values as
 * printed on the right. Only plans with a number in that unit are drawn; the page lists the others.
 * Rows are a fixed 16 px, so a thousand plans make a tall chart whose labels stay legible.
 */
final class DumbbellChart {
  static final int WIDTH = 820;
  private static final int LABEL = 170;
  private static final int VALUES = 170;
  private static final int ROW = 16;
  private static final int TOP = 34;

  private final HtmlEscape esc = new HtmlEscape();

  /** True when an entry can be drawn: a number for its baseline or its target in the group's unit. */
  static boolean drawable(CompareEntry e) {
    return e.baselineCompared() != null || e.targetCompared() != null || e.targetMinCompared() != null;
  }

  String render(List<CompareEntry> rows, String unit, Function<CompareEntry, Optional<String>> link) {
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (CompareEntry e : rows) {
      for (BigDecimal v : new BigDecimal[] {e.baselineCompared(), e.targetCompared(), e.targetMinCompared(),
          e.targetMaxCompared()}) {
        if (v != null) {
          lo = Math.min(lo, v.doubleValue());
          hi = Math.max(hi, v.doubleValue());
        }
      }
    }
    double step = step(hi - lo);
    double from = Math.floor(lo / step) * step;
    double to = Math.ceil(hi / step) * step;
    if (to <= from) {
      from -= step;
      to += step;
    }
    int height = TOP + rows.size() * ROW + 24;
    Axis axis = new Axis(from, to, LABEL + 8, WIDTH - VALUES - 8);
    StringBuilder sb = new StringBuilder();
    sb.append("<svg class=\"chart\" width=\"").append(WIDTH).append("\" height=\"")
        .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\">");
    appendAxis(sb, axis, step, unit, height);
    for (int i = 0; i < rows.size(); i++) {
      appendRow(sb, rows.get(i), axis, TOP + i * ROW, i, link);
    }
    return sb.append("</svg>").toString();
  }

  private void appendAxis(StringBuilder sb, Axis axis, double step, String unit, int height) {
    int bottom = height - 20;
    for (double v = axis.from; v <= axis.to + step / 2; v += step) {
      String x = f(axis.x(v));
      sb.append("<line class=\"grid\" x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"").append(TOP - 4)
          .append("\" y2=\"").append(bottom).append("\"/><text class=\"tick\" x=\"").append(x).append("\" y=\"")
          .append(TOP - 8).append("\">").append(number(v, step)).append("</text><text class=\"tick\" x=\"").append(x)
          .append("\" y=\"").append(bottom + 14).append("\">").append(number(v, step)).append("</text>");
    }
    sb.append("<text class=\"unit\" x=\"").append(LABEL + 8).append("\" y=\"12\">unit: ")
        .append(esc.escape(unit == null ? "(none printed)" : unit)).append("</text><text class=\"legend\" x=\"")
        .append(WIDTH - VALUES - 8).append("\" y=\"12\">○ baseline → ● target</text>");
  }

  private void appendRow(StringBuilder sb, CompareEntry e, Axis axis, int top, int index,
      Function<CompareEntry, Optional<String>> link) {
    int mid = top + ROW / 2;
    sb.append("<g><title>").append(esc.escape(e.planLabel() + " · " + e.docId() + " · " + e.name() + " · "
        + raw(e.baseline()) + " → " + raw(e.target()) + " · line " + e.line() + " · " + e.source())).append("</title>");
    if (index % 2 == 0) {
      sb.append("<rect class=\"band\" x=\"0\" y=\"").append(top).append("\" width=\"").append(WIDTH)
          .append("\" height=\"").append(ROW).append("\"/>");
    }
    Optional<String> href = link.apply(e);
    href.ifPresent(h -> sb.append("<a href=\"").append(esc.escape(h)).append("\">"));
    sb.append("<text class=\"lbl\" x=\"").append(LABEL).append("\" y=\"").append(mid + 4).append("\">")
        .append(esc.escape(shorten(e.planLabel(), 12))).append("</text>");
    href.ifPresent(h -> sb.append("</a>"));
    Double base = e.baselineCompared() == null ? null : e.baselineCompared().doubleValue();
    Double target = e.targetCompared() == null ? null : e.targetCompared().doubleValue();
    if (e.targetMinCompared() != null && e.targetMaxCompared() != null) {
      double x1 = axis.x(e.targetMinCompared().doubleValue());
      double x2 = axis.x(e.targetMaxCompared().doubleValue());
      sb.append("<rect class=\"range\" x=\"").append(f(x1)).append("\" y=\"").append(mid - 3).append("\" width=\"")
          .append(f(Math.max(2, x2 - x1))).append("\" height=\"6\"/>");
      target = (e.targetMinCompared().doubleValue() + e.targetMaxCompared().doubleValue()) / 2;
    }
    if (base != null && target != null) {
      sb.append("<line class=\"").append(target >= base ? "up" : "down").append("\" x1=\"").append(f(axis.x(base)))
          .append("\" x2=\"").append(f(axis.x(target))).append("\" y1=\"").append(mid).append("\" y2=\"").append(mid)
          .append("\"/>");
    }
    if (base != null) {
      sb.append("<circle class=\"base\" cx=\"").append(f(axis.x(base))).append("\" cy=\"").append(mid)
          .append("\" r=\"3.5\"/>");
    }
    if (e.targetCompared() != null) {
      sb.append("<circle class=\"tgt\" cx=\"").append(f(axis.x(target))).append("\" cy=\"").append(mid)
          .append("\" r=\"4\"/>");
    }
    sb.append("<text class=\"val\" x=\"").append(WIDTH - VALUES + 4).append("\" y=\"").append(mid + 4).append("\">")
        .append(esc.escape(shorten(raw(e.baseline()), 8) + " → " + shorten(raw(e.target()), 9))).append("</text></g>");
  }

  private static String raw(org.planextract.model.Value v) {
    return v == null ? "—" : v.raw();
  }

  static String shorten(String s, int max) {
    return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
  }

  /** A round tick step giving about five ticks over {@code span}. */
  static double step(double span) {
    if (!(span > 0)) {
      return 1;
    }
    double raw = span / 5;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double n = raw / magnitude;
    return (n < 1.5 ? 1 : n < 3.5 ? 2 : n < 7.5 ? 5 : 10) * magnitude;
  }

  private static String number(double v, double step) {
    int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step));
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** Maps a value to an x coordinate. */
  private record Axis(double from, double to, double x0, double x1) {
    double x(double v) {
      return x0 + (v - from) / (to - from) * (x1 - x0);
    }
  }

  /** The entries of a list that can be drawn, in order. */
  static List<CompareEntry> drawableOf(List<CompareEntry> entries) {
    List<CompareEntry> out = new ArrayList<>();
    for (CompareEntry e : entries) {
      if (drawable(e)) {
        out.add(e);
      }
    }
    return out;
  }
}
