package org.planextract.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups glyphs into text lines by baseline and writes each line's text. Spaces: space glyphs
 * are kept (up to four); a gap without a glyph becomes a space only between two Latin letters or
 * digits (so the justified spacing exporters leave between CJK characters, and the gap Word puts
 * between CJK text and digits, vanish while "WHO 2019" keeps its space). A glyph drawn twice on
 * itself (simulated bold) is kept once.
 */
final class PdfLineBuilder {
  private static final float BASELINE_TOLERANCE = 0.4f;
  private static final float WORD_GAP = 0.22f;

  /** Lines of the glyphs, top to bottom. */
  List<PdfLine> lines(List<PdfGlyph> glyphs, int page) {
    List<PdfGlyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(PdfGlyph::y).thenComparingDouble(PdfGlyph::x));
    List<List<PdfGlyph>> groups = new ArrayList<>();
    List<PdfGlyph> current = new ArrayList<>();
    float baseline = Float.NaN;
    float size = 0;
    for (PdfGlyph g : sorted) {
      if (!current.isEmpty() && Math.abs(g.y() - baseline) > BASELINE_TOLERANCE * Math.max(size, g.size())) {
        groups.add(current);
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        baseline = g.y();
        size = g.size();
      }
      current.add(g);
    }
    if (!current.isEmpty()) {
      groups.add(current);
    }
    List<PdfLine> lines = new ArrayList<>();
    for (List<PdfGlyph> group : groups) {
      PdfLine line = line(group, page);
      if (line != null) {
        lines.add(line);
      }
    }
    return lines;
  }

  private static PdfLine line(List<PdfGlyph> group, int page) {
    List<PdfGlyph> byX = new ArrayList<>(group);
    byX.sort(Comparator.comparingDouble(PdfGlyph::x));
    StringBuilder text = new StringBuilder();
    PdfGlyph previous = null;
    int pendingSpaces = 0;
    float x0 = Float.NaN;
    float x1 = Float.NaN;
    float baseline = 0;
    int counted = 0;
    for (PdfGlyph g : byX) {
      if (g.isSpace()) {
        pendingSpaces += previous != null ? 1 : 0;
        continue;
      }
      if (previous != null && g.text().equals(previous.text())
          && Math.abs(g.x() - previous.x()) < Math.max(0.5f, previous.width() * 0.3f)) {
        continue;
      }
      if (previous != null) {
        float gap = g.x() - previous.end();
        boolean latinPair = latin(lastChar(previous.text())) && latin(g.text().charAt(0));
        if (pendingSpaces > 0) {
          text.append(" ".repeat(Math.min(pendingSpaces, 4)));
        } else if (latinPair && gap > WORD_GAP * Math.max(g.size(), previous.size())) {
          text.append(' ');
        }
      } else {
        x0 = g.x();
      }
      pendingSpaces = 0;
      text.append(g.text());
      x1 = g.end();
      baseline += g.y();
      counted++;
      previous = g;
    }
    if (counted == 0) {
      return null;
    }
    if (pendingSpaces > 0) {
      // A space at the end of a line is a real space that the join of the next line keeps.
      text.append(' ');
    }
    return new PdfLine(text.toString(), x0, x1, baseline / counted, dominantSize(byX), page);
  }

  private static float dominantSize(List<PdfGlyph> glyphs) {
    List<Float> sizes = glyphs.stream().filter(g -> !g.isSpace()).map(g -> (float) Math.round(g.size() * 2) / 2)
        .sorted().toList();
    float best = sizes.get(0);
    int bestCount = 0;
    int i = 0;
    while (i < sizes.size()) {
      int j = i;
      while (j < sizes.size() && sizes.get(j).equals(sizes.get(i))) {
        j++;
      }
      if (j - i > bestCount) {
        bestCount = j - i;
        best = sizes.get(i);
      }
      i = j;
    }
    return best;
  }

  private static char lastChar(String s) {
    return s.charAt(s.length() - 1);
  }

  /** A Latin letter or digit, or ASCII punctuation that sits inside Latin text. */
  private static boolean latin(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || (c >= '\u00C0' && c <= '\u024F') || c == '.' || c == ',' || c == '%' || c == ')' || c == '(';
  }
}
