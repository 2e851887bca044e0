package org.planextract.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the pages of a PDF as the plain-text rendering: running headers, footers and page
 * numbers left out ({@link PdfPageChrome}), body lines joined into paragraphs over page breaks
 * ({@link PdfParagraphs}), tables in their place with merged cells filled and a table that goes on
 * over the next page (its header row repeated or not) kept as one ({@link PdfTableRows}).
 */
final class PdfLayout {
  private static final float WIDE_CELL = 10f;

  private record Item(float y, PdfLine line, PdfPage.PdfTable table) {}

  /** Renders the pages into {@code out}. */
  void render(List<PdfPage> pages, RenderingBuilder out) {
    List<Set<Integer>> chrome = new PdfPageChrome().find(pages);
    PdfLineSpacing bodySpacing = new PdfLineSpacing();
    PdfLineSpacing cellSpacing = new PdfLineSpacing();
    List<List<Item>> flow = new ArrayList<>();
    List<PdfLine> allBody = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      PdfPage page = pages.get(p);
      List<Item> items = new ArrayList<>();
      List<PdfLine> kept = new ArrayList<>();
      for (int i = 0; i < page.body().size(); i++) {
        if (!chrome.get(p).contains(i)) {
          PdfLine line = page.body().get(i);
          kept.add(line);
          items.add(new Item(line.baseline() - line.size(), line, null));
        }
      }
      bodySpacing.learn(kept);
      allBody.addAll(kept);
      for (PdfPage.PdfTable table : page.tables()) {
        table.cellLines().forEach(cellSpacing::learn);
        items.add(new Item(table.grid().top(), null, table));
      }
      items.sort(Comparator.comparingDouble(Item::y));
      flow.add(items);
    }
    float left = mode(allBody.stream().map(PdfLine::x0).toList(), Float.NaN);
    float right = mode(allBody.stream().filter(l -> l.x1() - l.x0() > 12 * l.size()).map(PdfLine::x1).toList(),
        allBody.stream().map(PdfLine::x1).max(Float::compare).orElse(0f));
    float bodySize = mode(allBody.stream().map(PdfLine::size).toList(), 12f);
    PdfParagraphs body = new PdfParagraphs(Float.isNaN(left) ? 0 : left, right, bodySpacing, true, bodySize);

    List<PdfLine> run = new ArrayList<>();
    PdfTableRows pending = null;
    boolean pendingEndsPage = false;
    for (List<Item> items : flow) {
      for (int i = 0; i < items.size(); i++) {
        Item item = items.get(i);
        if (item.line() != null) {
          if (pending != null) {
            emit(pending, out);
            pending = null;
          }
          run.add(item.line());
          continue;
        }
        PdfPage.PdfTable table = item.table();
        PdfTableRows rows = rows(table, cellSpacing);
        if (rows == null) {
          continue;
        }
        if (!run.isEmpty()) {
          body.join(run).forEach(text -> out.paragraph(text, HeadingHint.NONE));
          run.clear();
        }
        if (pending != null && i == 0 && pendingEndsPage && pending.continuedBy(table.grid().xs())) {
          pending.append(rows.rowsForAppend());
        } else {
          if (pending != null) {
            emit(pending, out);
          }
          pending = rows;
        }
        pendingEndsPage = false;
      }
      pendingEndsPage = pending != null && run.isEmpty();
    }
    if (!run.isEmpty()) {
      body.join(run).forEach(text -> out.paragraph(text, HeadingHint.NONE));
    }
    if (pending != null) {
      emit(pending, out);
    }
  }

  private static void emit(PdfTableRows rows, RenderingBuilder out) {
    out.table(rows.contents(), rows.box() ? TableBlock.Origin.TEXT_BOX : TableBlock.Origin.TABLE);
  }

  /** The rows of one page's table, or null when the grid holds no text. */
  private static PdfTableRows rows(PdfPage.PdfTable table, PdfLineSpacing spacing) {
    PdfTableGrid grid = table.grid();
    float padding = Float.MAX_VALUE;
    for (int c = 0; c < grid.cells().size(); c++) {
      for (PdfLine line : table.cellLines().get(c)) {
        padding = Math.min(padding, Math.max(0, line.x0() - grid.cells().get(c).left()));
      }
    }
    List<CellText> texts = new ArrayList<>();
    boolean any = false;
    for (int c = 0; c < grid.cells().size(); c++) {
      CellText text = cellText(grid.cells().get(c), table.cellLines().get(c), padding, spacing);
      texts.add(text);
      any |= !text.text().isEmpty();
    }
    if (!any) {
      return null;
    }
    List<List<PdfTableRows.RowCell>> rows = new ArrayList<>();
    for (int r = 0; r < grid.rowCount(); r++) {
      List<PdfTableRows.RowCell> row = new ArrayList<>();
      boolean own = false;
      for (int c = 0; c < grid.cells().size(); c++) {
        PdfCellRegion cell = grid.cells().get(c);
        if (cell.row0() <= r && r <= cell.row1()) {
          boolean filled = cell.row0() < r;
          own |= !filled;
          CellText text = texts.get(c);
          row.add(new PdfTableRows.RowCell(cell.col0(), cell.col1(), text.text(), filled,
              cell.row1() > cell.row0(), text.open()));
        }
      }
      row.sort(Comparator.comparingInt(PdfTableRows.RowCell::col0));
      boolean blank = row.stream().allMatch(cell -> cell.text().isEmpty());
      if (own && !blank) {
        rows.add(row);
      }
    }
    boolean box = grid.rowCount() == 1 && grid.columnCount() == 1;
    return new PdfTableRows(grid.xs(), box, rows);
  }

  /** A cell's paragraphs (one per line) and whether its last line reaches the right edge. */
  private record CellText(String text, boolean open) {}

  /** The cell's text; {@code padding} is the table's smallest gap between a border and text. */
  private static CellText cellText(PdfCellRegion cell, List<PdfLine> lines, float padding, PdfLineSpacing spacing) {
    if (lines.isEmpty()) {
      return new CellText("", false);
    }
    float textLeft = cell.left() + padding;
    float size = lines.get(0).size();
    boolean wide = cell.right() - cell.left() > WIDE_CELL * size;
    PdfParagraphs paragraphs = new PdfParagraphs(textLeft, cell.right() - padding, spacing, wide, Float.MAX_VALUE);
    return new CellText(String.join("\n", paragraphs.join(lines)), paragraphs.full(lines.get(lines.size() - 1)));
  }

  /** The most frequent value, rounded to half a point. */
  private static float mode(List<Float> values, float fallback) {
    TreeMap<Integer, Integer> counts = new TreeMap<>();
    for (float v : values) {
      counts.merge(Math.round(v * 2), 1, Integer::sum);
    }
    int best = Integer.MIN_VALUE;
    int bestCount = 0;
    for (var e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return bestCount == 0 ? fallback : best / 2f;
  }
}
