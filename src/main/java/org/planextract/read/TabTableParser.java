package org.planextract.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a corpus-style plain text into blocks. A line starting with TAB is a table cell; a
 * non-blank line right after a cell continues that cell; one empty line ends a row and, unless the
 * next line is again a cell, the table; every other non-blank line is a paragraph.
 *
 * <pre>
 * 	健康
 * 水平            ← continues the cell 健康 (category 健康水平)
 * 	1
 * 	人均预期寿命（岁）
 *
 * 	（next row）
 * </pre>
 */
final class TabTableParser {

  List<Block> parse(String text) {
    List<TextLine> lines = splitLines(text);
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      TextLine line = lines.get(i);
      if (isCell(line)) {
        i = parseTable(lines, i, blocks);
      } else {
        if (!line.text().isBlank()) {
          blocks.add(new Paragraph(line, HeadingHint.NONE));
        }
        i++;
      }
    }
    return blocks;
  }

  private int parseTable(List<TextLine> lines, int start, List<Block> blocks) {
    List<List<Cell>> rows = new ArrayList<>();
    List<Cell> row = new ArrayList<>();
    List<TextLine> cell = null;
    int i = start;
    while (i < lines.size()) {
      TextLine line = lines.get(i);
      if (isCell(line)) {
        if (cell != null) {
          row.add(Cell.of(cell));
        }
        cell = new ArrayList<>();
        cell.add(cellLine(line));
        i++;
      } else if (line.text().isEmpty()) {
        if (cell != null) {
          row.add(Cell.of(cell));
          cell = null;
        }
        if (!row.isEmpty()) {
          rows.add(row);
          row = new ArrayList<>();
        }
        i++;
        if (i >= lines.size() || !isCell(lines.get(i))) {
          break;
        }
      } else if (cell != null) {
        cell.add(new TextLine(line.text().stripTrailing(), line.line(), line.offset()));
        i++;
      } else {
        break;
      }
    }
    if (cell != null) {
      row.add(Cell.of(cell));
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    blocks.add(new TableBlock(rows, TableBlock.Origin.TABLE, lines.get(start).line()));
    return i;
  }

  private static boolean isCell(TextLine line) {
    return !line.text().isEmpty() && line.text().charAt(0) == '\t';
  }

  private static TextLine cellLine(TextLine line) {
    return new TextLine(line.text().substring(1).stripTrailing(), line.line(), line.offset() + 1);
  }

  /** Lines of the text with their offsets; CRLF, CR and LF all end a line. */
  static List<TextLine> splitLines(String text) {
    List<TextLine> lines = new ArrayList<>();
    int start = 0;
    int number = 1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(new TextLine(text.substring(start, i), number++, start));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      lines.add(new TextLine(text.substring(start), number, start));
    }
    return lines;
  }
}
