package org.planextract.read;

import java.util.List;

/**
 * One page as the reader keeps it between pages: its body lines (text outside tables) and its
 * tables with the lines of each cell, so that running headers and footers can be found by their
 * repetition over the whole document before the rendering is written.
 */
record PdfPage(int number, float width, float height, List<PdfLine> body, List<PdfTable> tables) {
  PdfPage {
    body = List.copyOf(body);
    tables = List.copyOf(tables);
  }

  /** A table of the page: its grid and, per cell of the grid (same order), the cell's lines. */
  record PdfTable(PdfTableGrid grid, List<List<PdfLine>> cellLines) {
    PdfTable {
      cellLines = cellLines.stream().map(List::copyOf).toList();
    }
  }
}
