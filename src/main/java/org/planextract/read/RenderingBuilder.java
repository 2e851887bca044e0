package org.planextract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.planextract.model.Format;

/**
 * Writes the plain-text rendering of a structured document (docx, html) in the corpus .txt layout
 * and records each block's line and offsets as it goes, so that the same plan gives the same
 * blocks whatever its format.
 */
final class RenderingBuilder {
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n|\u2028|\u2029");

  private final StringBuilder text = new StringBuilder();
  private final List<Block> blocks = new ArrayList<>();
  private int nextLine = 1;

  /** Appends a paragraph; embedded line breaks make one paragraph per non-blank line. */
  void paragraph(String raw, HeadingHint hint) {
    for (String part : LINE_BREAK.split(raw, -1)) {
      String line = part.strip();
      if (!line.isEmpty()) {
        blocks.add(new Paragraph(writeLine(line), hint));
      }
    }
  }

  /** Appends a table (or text box) whose rows hold cells; rows may differ in length. */
  void table(List<List<CellContent>> rows, TableBlock.Origin origin) {
    List<List<CellContent>> kept = rows.stream().filter(r -> !r.isEmpty()).toList();
    if (kept.isEmpty()) {
      return;
    }
    int startLine = nextLine;
    List<List<Cell>> cells = new ArrayList<>();
    for (int r = 0; r < kept.size(); r++) {
      if (r > 0) {
        writeLine("");
      }
      List<Cell> row = new ArrayList<>();
      for (CellContent content : kept.get(r)) {
        row.add(writeCell(content));
      }
      cells.add(row);
    }
    writeLine("");
    writeLine("");
    blocks.add(new TableBlock(cells, origin, startLine));
  }

  private Cell writeCell(CellContent content) {
    if (content.filled()) {
      text.append('\t');
      TextLine empty = writeLine("");
      return new Cell(List.of(empty), true, content.text().strip());
    }
    List<String> parts = new ArrayList<>();
    for (String part : LINE_BREAK.split(content.text(), -1)) {
      String s = part.strip();
      if (!s.isEmpty()) {
        parts.add(s);
      }
    }
    List<TextLine> lines = new ArrayList<>();
    text.append('\t');
    lines.add(writeLine(parts.isEmpty() ? "" : parts.get(0)));
    for (int i = 1; i < parts.size(); i++) {
      lines.add(writeLine(parts.get(i)));
    }
    return Cell.of(lines);
  }

  private TextLine writeLine(String line) {
    int offset = text.length();
    text.append(line).append('\n');
    return new TextLine(line, nextLine++, offset);
  }

  SourceText build(Format format, String encoding) {
    return new SourceText(text.toString(), blocks, format, encoding);
  }
}
