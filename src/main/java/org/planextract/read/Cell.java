package org.planextract.read;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table cell: its lines in the rendering. A cell covered by a merge (vMerge, rowspan, gridSpan)
 * is {@code filled}: it carries the text of the cell that covers it, while the rendering shows it
 * empty, as in the corpus .txt files.
 */
public record Cell(List<TextLine> lines, boolean filled, String fillText) {
  public Cell {
    lines = List.copyOf(lines);
  }

  public static Cell of(List<TextLine> lines) {
    return new Cell(lines, false, null);
  }

  /** Cell text with its lines joined by newlines; for a filled cell, the covering cell's text. */
  public String text() {
    if (filled) {
      return fillText;
    }
    return lines.stream().map(TextLine::text).map(String::strip).filter(s -> !s.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  /** The non-empty lines of the cell as rendered (a filled cell has none). */
  public List<TextLine> contentLines() {
    return lines.stream().filter(l -> !l.text().isBlank()).toList();
  }
}
