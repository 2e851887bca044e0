package org.planextract.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A table found from a page's ruling lines: the row and column boundaries of its grid and the
 * cells, a cell merged over several grid rows or columns when no ruling separates them (a
 * category cell over five rows, a header over two columns). A single framed rectangle is a grid of
 * one cell (a 专栏 drawn as a bordered box or a text box).
 */
record PdfTableGrid(List<Float> xs, List<Float> ys, List<PdfCellRegion> cells) {
  private static final float TOL = 2.5f;
  private static final float MIN_ROW = 4f;

  PdfTableGrid {
    xs = List.copyOf(xs);
    ys = List.copyOf(ys);
    cells = List.copyOf(cells);
  }

  float left() {
    return xs.get(0);
  }

  float right() {
    return xs.get(xs.size() - 1);
  }

  float top() {
    return ys.get(0);
  }

  float bottom() {
    return ys.get(ys.size() - 1);
  }

  int rowCount() {
    return ys.size() - 1;
  }

  int columnCount() {
    return xs.size() - 1;
  }

  boolean contains(float x, float y) {
    return x >= left() - 1 && x <= right() + 1 && y >= top() - 1 && y <= bottom() + 1;
  }

  /** The tables of a page: groups of crossing rulings with at least two of each direction. */
  static List<PdfTableGrid> find(List<PdfRuling> rulings) {
    List<PdfRuling> lines = rulings.stream().filter(r -> r.length() >= MIN_ROW).toList();
    int n = lines.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (touch(lines.get(i), lines.get(j))) {
          union(parent, i, j);
        }
      }
    }
    List<List<PdfRuling>> groups = new ArrayList<>();
    List<Integer> roots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      int index = roots.indexOf(root);
      if (index < 0) {
        roots.add(root);
        groups.add(new ArrayList<>());
        index = groups.size() - 1;
      }
      groups.get(index).add(lines.get(i));
    }
    List<PdfTableGrid> tables = new ArrayList<>();
    for (List<PdfRuling> group : groups) {
      PdfTableGrid grid = build(group);
      if (grid != null) {
        tables.add(grid);
      }
    }
    tables.sort(Comparator.comparingDouble(PdfTableGrid::top));
    return tables;
  }

  private static boolean touch(PdfRuling a, PdfRuling b) {
    if (a.horizontal() == b.horizontal()) {
      return Math.abs(a.at() - b.at()) <= TOL && a.from() <= b.to() + TOL && b.from() <= a.to() + TOL;
    }
    PdfRuling h = a.horizontal() ? a : b;
    PdfRuling v = a.horizontal() ? b : a;
    return h.covers(v.at(), TOL) && v.covers(h.at(), TOL);
  }

  private static PdfTableGrid build(List<PdfRuling> group) {
    List<PdfRuling> horizontal = group.stream().filter(PdfRuling::horizontal).toList();
    List<PdfRuling> vertical = group.stream().filter(r -> !r.horizontal()).toList();
    List<Float> ys = positions(horizontal);
    List<Float> xs = positions(vertical);
    if (ys.size() < 2 || xs.size() < 2) {
      return null;
    }
    int rows = ys.size() - 1;
    int cols = xs.size() - 1;
    int[] parent = new int[rows * cols];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int r = 0; r < rows; r++) {
      float midY = (ys.get(r) + ys.get(r + 1)) / 2;
      for (int c = 0; c < cols; c++) {
        float midX = (xs.get(c) + xs.get(c + 1)) / 2;
        if (c + 1 < cols && !ruled(vertical, xs.get(c + 1), midY)) {
          union(parent, r * cols + c, r * cols + c + 1);
        }
        if (r + 1 < rows && !ruled(horizontal, ys.get(r + 1), midX)) {
          union(parent, r * cols + c, (r + 1) * cols + c);
        }
      }
    }
    int[] lastRow = new int[rows * cols];
    int[] lastCol = new int[rows * cols];
    for (int k = 0; k < parent.length; k++) {
      int root = find(parent, k);
      lastRow[root] = Math.max(lastRow[root], k / cols);
      lastCol[root] = Math.max(lastCol[root], k % cols);
    }
    List<PdfCellRegion> cells = new ArrayList<>();
    for (int k = 0; k < parent.length; k++) {
      if (find(parent, k) == k) {
        int r = k / cols;
        int c = k % cols;
        int r1 = lastRow[k];
        int c1 = lastCol[k];
        cells.add(new PdfCellRegion(r, r1, c, c1, xs.get(c), ys.get(r), xs.get(c1 + 1), ys.get(r1 + 1)));
      }
    }
    return new PdfTableGrid(xs, ys, cells);
  }

  /** Whether a ruling at {@code at} covers position {@code p} (with tolerance). */
  private static boolean ruled(List<PdfRuling> rulings, float at, float p) {
    for (PdfRuling r : rulings) {
      if (Math.abs(r.at() - at) <= MIN_ROW + TOL && r.covers(p, TOL)) {
        return true;
      }
    }
    return false;
  }

  /** Distinct positions of rulings, close ones (double lines, border widths) taken as one. */
  private static List<Float> positions(List<PdfRuling> rulings) {
    List<Float> at = rulings.stream().map(PdfRuling::at).sorted().toList();
    List<Float> out = new ArrayList<>();
    for (float a : at) {
      if (out.isEmpty() || a - out.get(out.size() - 1) > MIN_ROW) {
        out.add(a);
      }
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
