package org.planextract.read;

import java.util.List;

/** A table, or a text box rendered as a one-cell table: rows of cells in reading order. */
public record TableBlock(List<List<Cell>> rows, Origin origin, int line) implements Block {
  /** Whether the block was a real table or a drawing text box. */
  public enum Origin {
    TABLE,
    TEXT_BOX
  }

  public TableBlock {
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** All non-empty lines of all cells, in reading order (rows, then cells). */
  public List<TextLine> contentLines() {
    return rows.stream().flatMap(List::stream).flatMap(c -> c.contentLines().stream()).toList();
  }

  public int columnCount() {
    return rows.stream().mapToInt(List::size).max().orElse(0);
  }
}
