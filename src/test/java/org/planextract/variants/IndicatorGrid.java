package org.planextract.variants;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planextract.variants.PlanText.Cell;
import org.planextract.variants.PlanText.Grid;

/**
 * An indicator table of a plan with the roles of its columns, found from the labels (the column
 * holding the labelled names is the name column, and so on), so a rewrite can move, drop or
 * rename a column and carry the labels along.
 */
final class IndicatorGrid {
  final Grid grid;
  /** Labelled indicators and the grid row each sits on. */
  final Map<ObjectNode, Integer> rowOf = new LinkedHashMap<>();
  int seq = -1;
  int category = -1;
  int name = -1;
  int unit = -1;
  int nature = -1;
  int baseline = -1;
  int target = -1;

  private IndicatorGrid(Grid grid) {
    this.grid = grid;
  }

  static List<IndicatorGrid> of(PlanText plan) {
    Map<Grid, IndicatorGrid> grids = new LinkedHashMap<>();
    for (ObjectNode ind : plan.items("indicators")) {
      int line = ind.path("line").asInt();
      Grid g = plan.gridAt(line);
      if (g == null) {
        continue;
      }
      IndicatorGrid ig = grids.computeIfAbsent(g, IndicatorGrid::new);
      int row = -1;
      for (int r = 0; r < g.rowLines.size(); r++) {
        if (g.rowLines.get(r) > 0 && g.rowLines.get(r) <= line) {
          row = r;
        }
      }
      if (row >= 0) {
        ig.rowOf.put(ind, row);
      }
    }
    List<IndicatorGrid> out = new ArrayList<>();
    for (IndicatorGrid ig : grids.values()) {
      if (ig.findRoles()) {
        out.add(ig);
      }
    }
    return out;
  }

  private boolean findRoles() {
    int width = grid.width();
    int[][] votes = new int[7][width];
    for (Map.Entry<ObjectNode, Integer> e : rowOf.entrySet()) {
      ObjectNode ind = e.getKey();
      for (int c = 0; c < width; c++) {
        String cell = flat(grid.text(e.getValue(), c));
        if (cell.isEmpty()) {
          continue;
        }
        if (cell.equals(ind.path("seq").asText("#"))) {
          votes[0][c]++;
        }
        if (cell.equals(flat(ind.path("category").asText("#")))) {
          votes[1][c]++;
        }
        if (cell.contains(ind.path("name").asText("#"))) {
          votes[2][c]++;
        }
        if (cell.equals(ind.path("unit").asText("#")) || cell.startsWith(ind.path("unit").asText("#") + "/")) {
          votes[3][c]++;
        }
        if (cell.startsWith("预期") || cell.startsWith("约束")) {
          votes[4][c]++;
        }
        if (cell.equals(ind.path("baseline").path("raw").asText("#"))) {
          votes[5][c]++;
        }
        if (cell.equals(ind.path("target").path("raw").asText("#"))) {
          votes[6][c]++;
        }
      }
    }
    int[] best = new int[7];
    for (int role = 0; role < 7; role++) {
      best[role] = -1;
      int max = 0;
      for (int c = 0; c < width; c++) {
        if (votes[role][c] > max) {
          max = votes[role][c];
          best[role] = c;
        }
      }
    }
    seq = best[0];
    category = best[1];
    name = best[2];
    unit = best[3];
    nature = best[4];
    baseline = best[5];
    target = best[6];
    if (category < 0 && name > 0 && seq != name - 1) {
      category = name - 1 == seq ? -1 : name - 1;
    }
    grid.bodyStart = rowOf.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    return name >= 0 && target >= 0;
  }

  static String flat(String s) {
    return s.replace("\n", "").strip();
  }

  int headerRows() {
    return grid.bodyStart;
  }

  /** Reorders the columns: order[i] is the old column shown at position i. */
  void permute(int[] order) {
    grid.splitColumnSpans();
    for (int r = 0; r < grid.rows.size(); r++) {
      List<Cell> row = grid.rows.get(r);
      List<Cell> next = new ArrayList<>();
      for (int c : order) {
        next.add(c < row.size() ? row.get(c) : Cell.of(""));
      }
      grid.rows.set(r, next);
    }
  }

  void deleteColumn(int col) {
    grid.splitColumnSpans();
    for (List<Cell> row : grid.rows) {
      if (col < row.size()) {
        row.remove(col);
      }
    }
  }

  /** Rewrites a cell's text; a merge it starts stays. */
  void set(int row, int col, String text) {
    Cell old = grid.rows.get(row).get(col);
    if (old.covered()) {
      throw new IllegalStateException("row " + row + " column " + col + " is covered by a merge");
    }
    grid.rows.get(row).set(col, new Cell(text, old.rowspan(), old.colspan(), false));
  }
}
