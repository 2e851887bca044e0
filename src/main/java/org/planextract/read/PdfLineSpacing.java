package org.planextract.read;

import java.util.List;
import java.util.TreeMap;

/**
 * The usual distance between the baselines of two lines of one paragraph, per font size, learnt
 * from the document itself (the most frequent gap between consecutive lines of equal size), so
 * that a larger gap can be read as a paragraph break whatever line spacing the exporter used.
 */
final class PdfLineSpacing {
  private final TreeMap<Float, TreeMap<Integer, Integer>> gaps = new TreeMap<>();

  /** Learns from a run of lines in reading order (one page's body, one cell). */
  void learn(List<PdfLine> lines) {
    for (int i = 1; i < lines.size(); i++) {
      PdfLine a = lines.get(i - 1);
      PdfLine b = lines.get(i);
      float gap = b.baseline() - a.baseline();
      if (a.size() == b.size() && gap > 0.5f * a.size() && gap < 3f * a.size()) {
        gaps.computeIfAbsent(a.size(), k -> new TreeMap<>()).merge(Math.round(gap * 2), 1, Integer::sum);
      }
    }
  }

  /** The usual baseline distance for this font size, or 1.5 times the size when never seen. */
  float pitch(float size) {
    TreeMap<Integer, Integer> counts = gaps.get(size);
    if (counts == null) {
      return 1.5f * size;
    }
    int best = counts.firstKey();
    for (var e : counts.entrySet()) {
      if (e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best / 2f;
  }
}
