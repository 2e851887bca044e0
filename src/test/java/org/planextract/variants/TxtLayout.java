package org.planextract.variants;

import java.util.ArrayList;
import java.util.List;
import org.planextract.variants.PlanText.Block;
import org.planextract.variants.PlanText.Cell;
import org.planextract.variants.PlanText.Grid;
import org.planextract.variants.PlanText.Para;

/**
 * Reads and writes the corpus .txt layout: a line starting with TAB is a table cell, a non-blank
 * line right after a cell continues it, an empty line ends a row, and the table ends when the line
 * after that is not a cell.
 */
final class TxtLayout {

  List<Block> parse(String text) {
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    while (i < lines.length) {
      if (lines[i].startsWith("\t")) {
        i = parseTable(lines, i, blocks);
      } else {
        blocks.add(new Para(lines[i], i + 1));
        i++;
      }
    }
    return blocks;
  }

  private int parseTable(String[] lines, int start, List<Block> blocks) {
    List<List<Cell>> rows = new ArrayList<>();
    List<Integer> rowLines = new ArrayList<>();
    List<Cell> row = new ArrayList<>();
    StringBuilder cell = null;
    int rowLine = start + 1;
    int i = start;
    while (i < lines.length) {
      String line = lines[i];
      if (line.startsWith("\t")) {
        if (cell != null) {
          row.add(Cell.of(cell.toString()));
        } else if (row.isEmpty()) {
          rowLine = i + 1;
        }
        cell = new StringBuilder(line.substring(1));
        i++;
      } else if (line.isEmpty()) {
        if (cell != null) {
          row.add(Cell.of(cell.toString()));
          cell = null;
        }
        if (!row.isEmpty()) {
          rows.add(row);
          rowLines.add(rowLine);
          row = new ArrayList<>();
        }
        i++;
        if (i >= lines.length || !lines[i].startsWith("\t")) {
          break;
        }
      } else if (cell != null) {
        cell.append('\n').append(line);
        i++;
      } else {
        break;
      }
    }
    if (cell != null) {
      row.add(Cell.of(cell.toString()));
    }
    if (!row.isEmpty()) {
      rows.add(row);
      rowLines.add(rowLine);
    }
    int width = rows.stream().mapToInt(List::size).max().orElse(0);
    rows.forEach(r -> {
      while (r.size() < width) {
        r.add(Cell.of(""));
      }
    });
    blocks.add(new Grid(rows, rowLines));
    return i;
  }

  String write(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      if (block instanceof Para p) {
        out.append(p.text()).append('\n');
      } else {
        Grid g = (Grid) block;
        if (out.length() > 0 && out.charAt(out.length() - 1) == '\n' && b > 0 && blocks.get(b - 1) instanceof Grid) {
          out.append('\n');
        }
        for (List<Cell> row : g.rows) {
          for (Cell c : row) {
            out.append('\t').append(c.covered() ? "" : c.text()).append('\n');
          }
          out.append('\n');
        }
      }
    }
    return out.toString();
  }
}
