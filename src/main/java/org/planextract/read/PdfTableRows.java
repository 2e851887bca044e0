package org.planextract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rows of a table being assembled from a PDF, possibly over several pages: each row's cells
 * in column order with their text, and whether a cell is covered by a merged cell above it
 * (filled, as docx vMerge). A continuation on the next page is appended when it has the same
 * columns; its header rows are dropped when they repeat, and a cell left empty at the top
 * of the continuation under a merged cell is filled from above.
 */
final class PdfTableRows {
  /**
   * One cell of a row: grid columns, text, whether a merge above covers it, whether it spans rows,
   * and whether its last line reaches the cell's right edge (its text may go on after a page break).
   */
  record RowCell(int col0, int col1, String text, boolean filled, boolean multiRow, boolean open) {
    RowCell withText(String newText, boolean newFilled) {
      return new RowCell(col0, col1, newText, newFilled, multiRow, open);
    }
  }

  private static final int MAX_HEADER_ROWS = 3;

  private final List<Float> xs;
  private final boolean box;
  private final List<List<RowCell>> rows = new ArrayList<>();

  PdfTableRows(List<Float> xs, boolean box, List<List<RowCell>> first) {
    this.xs = List.copyOf(xs);
    this.box = box;
    rows.addAll(first);
  }

  /** This table's rows, for appending to the table it continues. */
  List<List<RowCell>> rowsForAppend() {
    return List.copyOf(rows);
  }

  boolean box() {
    return box;
  }

  /** Whether a table with these column boundaries continues this one. */
  boolean continuedBy(List<Float> otherXs) {
    if (otherXs.size() != xs.size()) {
      return false;
    }
    for (int i = 0; i < xs.size(); i++) {
      if (Math.abs(xs.get(i) - otherXs.get(i)) > 3f) {
        return false;
      }
    }
    return true;
  }

  /**
   * Appends the rows of the continuation on the next page: repeated header rows are dropped; in a
   * one-column table (a 专栏 box) a cell whose text runs on at the page end is joined with the
   * first cell of the continuation; a merged cell cut by the page (健康 | 服务 over two pages) is
   * joined into one, and an empty cell under a merged cell is filled from above.
   */
  void append(List<List<RowCell>> more) {
    List<List<RowCell>> added = new ArrayList<>(more);
    int repeated = 0;
    while (repeated < Math.min(MAX_HEADER_ROWS, Math.min(added.size(), rows.size()))
        && texts(added.get(repeated)).equals(texts(rows.get(repeated)))) {
      repeated++;
    }
    added.subList(0, repeated).clear();
    if (added.isEmpty() || rows.isEmpty()) {
      rows.addAll(added);
      return;
    }
    List<RowCell> last = new ArrayList<>(rows.get(rows.size() - 1));
    List<RowCell> top = new ArrayList<>(added.get(0));
    if (xs.size() == 2 && last.size() == 1 && top.size() == 1 && last.get(0).open()
        && !last.get(0).filled() && !top.get(0).text().isEmpty()) {
      StringBuilder joined = new StringBuilder(last.get(0).text());
      PdfParagraphs.append(joined, top.get(0).text());
      rows.set(rows.size() - 1, List.of(new RowCell(0, 0, joined.toString(), false, false, top.get(0).open())));
      added.remove(0);
      rows.addAll(added);
      return;
    }
    if (rowGoesOn(last, top)) {
      List<RowCell> merged = new ArrayList<>();
      for (RowCell above : last) {
        RowCell below = top.stream().filter(c -> c.col0() == above.col0() && c.col1() == above.col1())
            .findFirst().orElse(null);
        if (below == null || below.text().isEmpty() || below.filled()) {
          merged.add(above);
        } else {
          StringBuilder joined = new StringBuilder(above.text());
          PdfParagraphs.append(joined, below.text());
          merged.add(new RowCell(above.col0(), above.col1(), joined.toString(), false, above.multiRow(), below.open()));
        }
      }
      rows.set(rows.size() - 1, merged);
      added.remove(0);
      rows.addAll(added);
      return;
    }
    for (int i = 0; i < top.size(); i++) {
      RowCell cell = top.get(i);
      for (int j = 0; j < last.size(); j++) {
        RowCell above = last.get(j);
        if (above.col0() != cell.col0() || above.col1() != cell.col1() || above.text().isEmpty()) {
          continue;
        }
        if (cell.text().isEmpty() && !cell.filled() && above.multiRow()) {
          fill(added, cell, above.text());
        } else if (!cell.text().isEmpty() && !cell.filled() && cell.multiRow() && above.open() && !above.filled()) {
          StringBuilder joined = new StringBuilder(above.text());
          PdfParagraphs.append(joined, cell.text());
          last.set(j, above.withText(joined.toString(), false));
          fill(added, cell, joined.toString());
        }
      }
    }
    rows.set(rows.size() - 1, last);
    rows.addAll(added);
  }

  /**
   * Whether the continuation's first row is the rest of the last row, cut by the page: each of
   * its cells with text of its own sits under a cell whose text runs to the right edge.
   */
  private static boolean rowGoesOn(List<RowCell> last, List<RowCell> top) {
    boolean any = false;
    for (RowCell cell : top) {
      if (cell.text().isEmpty() || cell.filled()) {
        continue;
      }
      if (cell.multiRow()) {
        return false;
      }
      boolean open = last.stream().anyMatch(a -> a.col0() == cell.col0() && a.col1() == cell.col1()
          && a.open() && !a.filled() && !a.text().isEmpty());
      if (!open) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** Makes {@code cell} and the cells its merge covers below filled with {@code text}. */
  private static void fill(List<List<RowCell>> added, RowCell cell, String text) {
    for (int r = 0; r < added.size(); r++) {
      List<RowCell> row = new ArrayList<>(added.get(r));
      boolean changed = false;
      for (int k = 0; k < row.size(); k++) {
        RowCell c = row.get(k);
        if (c.col0() == cell.col0() && c.col1() == cell.col1() && c.multiRow() && c.text().equals(cell.text())
            && (r == 0 || c.filled())) {
          row.set(k, c.withText(text, true));
          changed = true;
        }
      }
      if (!changed) {
        return;
      }
      added.set(r, row);
    }
  }

  private static String texts(List<RowCell> row) {
    return row.stream().map(c -> c.col0() + ":" + c.text()).collect(Collectors.joining("|"));
  }

  /** The rows as the rendering builder takes them. */
  List<List<CellContent>> contents() {
    List<List<CellContent>> out = new ArrayList<>();
    for (List<RowCell> row : rows) {
      out.add(row.stream().map(c -> new CellContent(c.text(), c.filled())).toList());
    }
    return out;
  }
}
