package org.planextract.variants;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.planextract.variants.PlanText.Block;
import org.planextract.variants.PlanText.Cell;
import org.planextract.variants.PlanText.Grid;
import org.planextract.variants.PlanText.Para;

/**
 * 专栏 boxes: one-column tables written as plain paragraphs after a label line, multi-column
 * tables (类别 | 细分 | 重点任务) with merged category cells and a full-width summary row, and
 * labels numbered 专栏1 / 专栏1-1 / 专栏（1）.
 */
final class BoxConventions {
  private static final Numerals N = new Numerals();

  List<Convention> all() {
    return List.of(
        new Convention("box-paragraphs", "boxes", "box as a label line and plain paragraphs", (p, r) -> paragraphs(p)),
        new Convention("box-multicolumn", "boxes", "box as 类别|细分|重点任务 table with merges", (p, r) -> multiColumn(p)),
        new Convention("box-label-arabic", "boxes", "专栏1", (p, r) -> relabel(p, n -> "专栏" + n + " ")),
        new Convention("box-label-sub", "boxes", "专栏1-1 (chapter-dash-count)", (p, r) -> relabelSub(p)),
        new Convention("box-label-paren", "boxes", "专栏（1）", (p, r) -> relabel(p, n -> "专栏（" + n + "）")),
        new Convention("box-label-chinese-colon", "boxes", "专栏一：", (p, r) -> relabel(p, n -> "专栏" + N.chinese(n) + "：")));
  }

  /** The one-column box grids with their labels, in order. */
  private static List<Object[]> boxGrids(PlanText plan) {
    List<Object[]> out = new ArrayList<>();
    for (ObjectNode box : plan.items("boxes")) {
      Grid g = plan.gridAt(box.path("line").asInt());
      if (g != null && g.width() == 1 && g.rowLines.get(0) == box.path("line").asInt()) {
        out.add(new Object[] {box, g});
      }
    }
    return out;
  }

  private static boolean paragraphs(PlanText plan) {
    List<Object[]> boxes = boxGrids(plan);
    for (Object[] b : boxes) {
      Grid g = (Grid) b[1];
      int at = plan.blocks.indexOf(g);
      List<Block> lines = new ArrayList<>();
      for (List<Cell> row : g.rows) {
        for (String line : row.get(0).text().split("\n")) {
          if (!line.isBlank()) {
            lines.add(Para.added(line));
          }
        }
      }
      plan.blocks.remove(at);
      plan.blocks.addAll(at, lines);
    }
    return !boxes.isEmpty();
  }

  private static boolean multiColumn(PlanText plan) {
    List<Object[]> boxes = boxGrids(plan);
    for (Object[] b : boxes) {
      Grid g = (Grid) b[1];
      List<List<Cell>> rows = new ArrayList<>();
      rows.add(List.of(new Cell(g.text(0, 0), 1, 3, false), Cell.coveredCell(), Cell.coveredCell()));
      rows.add(new ArrayList<>(DocumentConventions.cells("类别", "细分", "重点任务")));
      for (int r = 1; r < g.rows.size(); r++) {
        String text = IndicatorGrid.flat(g.text(r, 0));
        int colon = text.indexOf('：');
        String category = colon > 0 && colon < 24 ? text.substring(0, colon) : "重点项目";
        String body = colon > 0 && colon < 24 ? text.substring(colon + 1) : text;
        List<String> parts = new ArrayList<>();
        for (String part : body.split("(?<=。)")) {
          if (!part.isBlank()) {
            parts.add(part);
          }
        }
        if (parts.isEmpty()) {
          continue;
        }
        for (int k = 0; k < parts.size(); k++) {
          List<Cell> row = new ArrayList<>();
          row.add(k == 0 ? new Cell(category, parts.size(), 1, false) : Cell.coveredCell());
          row.add(Cell.of("（" + N.chinese(k + 1) + "）"));
          row.add(Cell.of(parts.get(k)));
          rows.add(row);
        }
      }
      rows.add(List.of(new Cell("以上项目由各级政府按事权分级实施。", 1, 3, false), Cell.coveredCell(), Cell.coveredCell()));
      List<Integer> lines = new ArrayList<>();
      lines.add(g.rowLines.get(0));
      while (lines.size() < rows.size()) {
        lines.add(-1);
      }
      plan.blocks.set(plan.blocks.indexOf(g), new Grid(rows, lines));
    }
    return !boxes.isEmpty();
  }

  private static boolean relabel(PlanText plan, IntFunction<String> label) {
    boolean any = false;
    for (ObjectNode box : plan.items("boxes")) {
      String newLabel = label.apply(box.path("number").asInt()).strip();
      if (rewriteLabel(plan, box, newLabel)) {
        any = true;
      }
    }
    return any;
  }

  private static boolean relabelSub(PlanText plan) {
    int chapter = 0;
    int count = 0;
    int lastChapterLine = -1;
    boolean any = false;
    List<ObjectNode> chapters = plan.items("sections").stream().filter(s -> s.path("level").asInt() == 1).toList();
    for (ObjectNode box : plan.items("boxes")) {
      int line = box.path("line").asInt();
      int ch = 0;
      int chLine = -1;
      for (ObjectNode c : chapters) {
        if (c.path("line").asInt() < line) {
          ch++;
          chLine = c.path("line").asInt();
        }
      }
      count = chLine == lastChapterLine ? count + 1 : 1;
      lastChapterLine = chLine;
      chapter = Math.max(ch, 1);
      if (rewriteLabel(plan, box, "专栏" + chapter + "-" + count)) {
        box.put("number", chapter);
        any = true;
      }
    }
    return any;
  }

  private static boolean rewriteLabel(PlanText plan, ObjectNode box, String newLabel) {
    String old = box.path("label").asText();
    int line = box.path("line").asInt();
    Grid g = plan.gridAt(line);
    if (g != null && g.rowLines.get(0) == line && g.text(0, 0).startsWith(old)) {
      String text = g.text(0, 0);
      g.rows.get(0).set(0, Cell.of(newLabel + spaceAfter(newLabel) + text.substring(old.length()).stripLeading()));
    } else {
      int i = plan.indexOfLine(line);
      if (i < 0 || !(plan.blocks.get(i) instanceof Para p) || !p.text().strip().startsWith(old)) {
        return false;
      }
      String text = p.text().strip();
      plan.blocks.set(i, new Para(newLabel + spaceAfter(newLabel) + text.substring(old.length()).stripLeading(), line));
    }
    box.put("label", newLabel.replaceAll("[：:]$", ""));
    return true;
  }

  private static String spaceAfter(String label) {
    return label.endsWith("：") || label.endsWith("）") ? "" : " ";
  }
}
