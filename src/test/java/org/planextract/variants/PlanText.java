package org.planextract.variants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan being rewritten: its blocks (paragraphs and tables, in the corpus .txt layout) and the
 * labels (fixture fields) that every rewrite keeps exact. Blocks remember the line they came from,
 * so a rewrite finds the heading or table a label points at; labels written out drop {@code line}.
 */
final class PlanText {
  final List<Block> blocks;
  final ObjectNode labels;
  /** Whether .docx and .html write merged cells as merges (else as empty cells). */
  boolean merges = true;
  /**
   * The page an .html variant is written into (its article's content replaced by
   * {@link HtmlLayout#CONTENT}), or null for a bare page.
   */
  String htmlShell;

  PlanText(List<Block> blocks, ObjectNode labels) {
    this.blocks = blocks;
    this.labels = labels;
  }

  /** A deep copy, so one source gives many variants. */
  PlanText copy() {
    List<Block> copy = new ArrayList<>();
    for (Block b : blocks) {
      copy.add(b instanceof Grid g ? g.copy() : b);
    }
    PlanText p = new PlanText(copy, labels.deepCopy());
    p.merges = merges;
    p.htmlShell = htmlShell;
    return p;
  }

  /** A block of the rendering. */
  sealed interface Block permits Para, Grid {}

  /** One paragraph line; {@code origLine} is its line in the source, or -1 for an added one. */
  record Para(String text, int origLine) implements Block {
    static Para added(String text) {
      return new Para(text, -1);
    }
  }

  /** A table cell of the grid: a merge origin (span > 1), a covered position, or a plain cell. */
  record Cell(String text, int rowspan, int colspan, boolean covered) {
    static Cell of(String text) {
      return new Cell(text, 1, 1, false);
    }

    static Cell coveredCell() {
      return new Cell("", 1, 1, true);
    }
  }

  /** A table as a full grid (every position has a cell, covered ones included). */
  static final class Grid implements Block {
    final List<List<Cell>> rows;
    /** The source line of each row (first line of its first cell), -1 for added rows. */
    final List<Integer> rowLines;
    /** Columns whose empty cells under a filled one are merges (written as vMerge / rowspan). */
    final List<Integer> mergeColumns = new ArrayList<>();
    /** The first body row (rows above are headers); merges start there. */
    int bodyStart;

    Grid(List<List<Cell>> rows, List<Integer> rowLines) {
      this.rows = rows;
      this.rowLines = rowLines;
    }

    Grid copy() {
      List<List<Cell>> r = new ArrayList<>();
      rows.forEach(row -> r.add(new ArrayList<>(row)));
      Grid g = new Grid(r, new ArrayList<>(rowLines));
      g.mergeColumns.addAll(mergeColumns);
      g.bodyStart = bodyStart;
      return g;
    }

    int width() {
      return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    boolean containsLine(int line) {
      int first = rowLines.stream().filter(l -> l > 0).findFirst().orElse(Integer.MAX_VALUE);
      int last = rowLines.stream().filter(l -> l > 0).reduce((a, b) -> b).orElse(-1);
      return line >= first && line <= last + 8;
    }

    String text(int r, int c) {
      return c < rows.get(r).size() ? rows.get(r).get(c).text() : "";
    }

    /**
     * Writes every column span as separate cells (the origin's text, then empty cells), as a writer
     * does after moving columns; row spans stay, since they move with their column.
     */
    void splitColumnSpans() {
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          Cell o = rows.get(r).get(c);
          if (o.covered() || o.colspan() == 1) {
            continue;
          }
          rows.get(r).set(c, new Cell(o.text(), o.rowspan(), 1, false));
          for (int dr = 0; dr < o.rowspan() && r + dr < rows.size(); dr++) {
            for (int dc = 1; dc < o.colspan() && c + dc < rows.get(r + dr).size(); dc++) {
              rows.get(r + dr).set(c + dc, Cell.of(""));
            }
          }
        }
      }
    }
  }

  /** The label array of a field (sections, boxes, indicators, targets), created when absent. */
  ArrayNode array(String field) {
    return labels.has(field) ? (ArrayNode) labels.get(field) : labels.putArray(field);
  }

  List<ObjectNode> items(String field) {
    List<ObjectNode> out = new ArrayList<>();
    if (labels.has(field)) {
      for (JsonNode n : labels.get(field)) {
        out.add((ObjectNode) n);
      }
    }
    return out;
  }

  int indexOfLine(int origLine) {
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof Para p && p.origLine() == origLine) {
        return i;
      }
    }
    return -1;
  }

  /** The table holding the source line, or null. */
  Grid gridAt(int origLine) {
    for (Block b : blocks) {
      if (b instanceof Grid g && g.containsLine(origLine)) {
        return g;
      }
    }
    return null;
  }

  String title() {
    return labels.path("title").asText();
  }

  String regionName() {
    return labels.path("region").path("name").asText("");
  }
}
