package org.planextract.variants;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.planextract.variants.PlanText.Cell;
import org.planextract.variants.PlanText.Para;

/**
 * Indicator tables: columns in other orders, header synonyms, two-row headers, no 序号, no unit
 * column (units in the name, in the values, or nowhere), no nature column, nature as short words or
 * marks (★ ▲ 〔约束性〕), merged cells written as empty cells, 〔〕 cumulative values.
 */
final class TableConventions {

  List<Convention> all() {
    return List.of(
        new Convention("tab-category-last", "tables", "category column last", (p, r) -> move(p, "category", true)),
        new Convention("tab-nature-before-values", "tables", "nature column right after the name",
            (p, r) -> natureAfterName(p)),
        new Convention("tab-unit-after-values", "tables", "unit column after the values", (p, r) -> move(p, "unit", true)),
        new Convention("tab-shuffled-columns", "tables", "columns in a seeded random order", TableConventions::shuffle),
        new Convention("tab-header-synonyms", "tables", "other header words", (p, r) -> synonyms(p)),
        new Convention("tab-two-row-header", "tables", "指标值 over the year columns", (p, r) -> twoRowHeader(p)),
        new Convention("tab-no-seq", "tables", "no 序号 column", (p, r) -> noSeq(p)),
        new Convention("tab-unit-in-name", "tables", "units in the name's parentheses", (p, r) -> unitInto(p, true)),
        new Convention("tab-unit-in-values", "tables", "units written with the values", (p, r) -> unitInto(p, false)),
        new Convention("tab-no-unit", "tables", "no unit anywhere", (p, r) -> noUnit(p)),
        new Convention("tab-no-nature", "tables", "no nature column", (p, r) -> noNature(p)),
        new Convention("tab-nature-short-words", "tables", "nature as 预期/约束", (p, r) -> natureWords(p)),
        new Convention("tab-nature-star", "tables", "binding marked ★ after the name", (p, r) -> natureMark(p, "★", false)),
        new Convention("tab-nature-triangle", "tables", "binding marked ▲ before the name", (p, r) -> natureMark(p, "▲", true)),
        new Convention("tab-nature-bracket", "tables", "nature as 〔约束性〕 after the name", (p, r) -> natureBracket(p)),
        new Convention("tab-empty-merges", "tables", "merged cells written as empty cells", (p, r) -> {
          p.merges = false;
          return !IndicatorGrid.of(p).isEmpty();
        }),
        new Convention("tab-cumulative-brackets", "tables", "values in 〔〕 (five-year totals)", (p, r) -> brackets(p)));
  }

  private static boolean move(PlanText plan, String role, boolean toEnd) {
    List<IndicatorGrid> grids = IndicatorGrid.of(plan);
    boolean any = false;
    for (IndicatorGrid g : grids) {
      int col = role.equals("category") ? g.category : g.unit;
      if (col < 0) {
        continue;
      }
      int width = g.grid.width();
      int[] order = IntStream.concat(IntStream.range(0, width).filter(c -> c != col), IntStream.of(col)).toArray();
      g.permute(order);
      any = true;
    }
    return any;
  }

  private static boolean natureAfterName(PlanText plan) {
    boolean any = false;
    for (IndicatorGrid g : IndicatorGrid.of(plan)) {
      if (g.nature < 0 || g.nature == g.name + 1) {
        continue;
      }
      List<Integer> order = new ArrayList<>(IntStream.range(0, g.grid.width()).boxed().toList());
      order.remove(Integer.valueOf(g.nature));
      order.add(order.indexOf(g.name) + 1, g.nature);
      g.permute(order.stream().mapToInt(Integer::intValue).toArray());
      any = true;
    }
    return any;
  }

  private static boolean shuffle(PlanText plan, Random random) {
    boolean any = false;
    for (IndicatorGrid g : IndicatorGrid.of(plan)) {
      List<Integer> order = new ArrayList<>(IntStream.range(0, g.grid.width()).boxed().toList());
      java.util.Collections.shuffle(order, random);
      g.permute(order.stream().mapToInt(Integer::intValue).toArray());
      any = true;
    }
    return any;
  }

  private static final Map<String, String> SYNONYMS = Map.ofEntries(
      Map.entry("序号", "编号"), Map.entry("类别", "领域"), Map.entry("领域", "类别"), Map.entry("分类", "指标类别"),
      Map.entry("指标名称", "具体指标"), Map.entry("主要指标", "指标内容"), Map.entry("指标", "指标项"),
      Map.entry("单位", "计量单位"), Map.entry("指标性质", "指标属性"), Map.entry("性质", "属性"),
      Map.entry("属性", "指标性质"), Map.entry("指标属性", "性质"), Map.entry("2025年", "2025年目标值"),
      Map.entry("2020年", "2020年基期值"), Map.entry("目标值", "规划目标"), Map.entry("基期值", "现状值"));

  private static boolean synonyms(PlanText plan) {
    boolean any = false;
    for (IndicatorGrid g : IndicatorGrid.of(plan)) {
      for (int r = 0; r < g.headerRows(); r++) {
        for (int c = 0; c < g.grid.width(); c++) {
          String t = IndicatorGrid.flat(g.grid.text(r, c));
          String s = SYNONYMS.get(t.replaceAll("[（(].*[）)]", ""));
          if (s != null) {
            g.set(r, c, s);
            any = true;
          }
        }
      }
    }
    return any;
  }

  private static boolean twoRowHeader(PlanText plan) {
    boolean any = false;
    for (IndicatorGrid g : IndicatorGrid.of(plan)) {
      if (g.headerRows() != 1) {
        continue;
      }
      int first = g.baseline >= 0 ? Math.min(g.baseline, g.target) : g.target;
      int last = Math.max(g.baseline, g.target);
      // a header out of line with the body (a merged first cell printed once) gets no 指标值 over it
      if (last - first > 1 || !IndicatorGrid.flat(g.grid.text(0, g.target)).matches(".*(20[0-9]{2}|目标|规划|预期值).*")) {
        continue;
      }
      List<Cell> top = new ArrayList<>();
      List<Cell> bottom = new ArrayList<>();
      List<Cell> header = g.grid.rows.get(0);
      for (int c = 0; c < header.size(); c++) {
        String text = header.get(c).text();
        if (c == first) {
          top.add(new Cell("指标值", 1, last - first + 1, false));
          bottom.add(Cell.of(years(text, c == g.target)));
        } else if (c > first && c <= last) {
          top.add(Cell.coveredCell());
          bottom.add(Cell.of(years(text, c == g.target)));
        } else {
          top.add(new Cell(text, 2, 1, false));
          bottom.add(Cell.coveredCell());
        }
      }
      g.grid.rows.set(0, top);
      g.grid.rows.add(1, bottom);
      g.grid.rowLines.add(1, -1);
      g.grid.bodyStart++;
      any = true;
    }
    return any;
  }

  private static String years(String header, boolean target) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("20[0-9]{2}").matcher(header);
    return m.find() ? m.group() + "年" : target ? "2025年" : "2020年";
  }

  private static boolean noSeq(PlanText plan) {
    boolean any = false;
    for (IndicatorGrid g : IndicatorGrid.of(plan)) {
      if (g.seq < 0) {
        continue;
      }
      g.deleteColumn(g.seq);
      g.rowOf.keySet().forEach(ind -> {
        ind.putNull("seq");
        if (ind.has("parentSeq")) {
          ind.putNull("parentSeq");
        }
      });
      any = true;
    }
    return any;
  }

  private static boolean unitInto(PlanText plan, boolean intoName) {
    boolean any = false;
    for (IndicatorGrid g : IndicatorGrid.of(plan)) {
      if (g.unit < 0) {
        continue;
      }
      for (var e : g.rowOf.entrySet()) {
        ObjectNode ind = e.getKey();
        int row = e.getValue();
        String unit = IndicatorGrid.flat(g.grid.text(row, g.unit));
        if (unit.isEmpty()) {
          continue;
        }
        if (intoName) {
          String name = g.grid.text(row, g.name);
          if (!name.endsWith("）") && !name.endsWith(")")) {
            g.set(row, g.name, name + "（" + unit + "）");
          } else {
            // the name already ends in parentheses: the unit is no longer printed anywhere
            ind.remove("unit");
            ind.remove("unitInferred");
          }
        } else {
          for (String v : List.of("target", "baseline")) {
            int col = v.equals("target") ? g.target : g.baseline;
            if (col >= 0 && ind.path(v).path("kind").asText().equals("level")
                && ind.path(v).path("raw").asText().matches("[≥≤<>＜＞]?[0-9.]+")) {
              // a rate per 1/10万 is written 9.8/10万 after its value
              String raw = g.grid.text(row, col) + unit.replaceFirst("^1/", "/");
              g.set(row, col, raw);
              ((ObjectNode) ind.get(v)).put("raw", raw);
            }
          }
        }
      }
      g.deleteColumn(g.unit);
      any = true;
    }
    return any;
  }

  private static boolean noUnit(PlanText plan) {
    boolean any = false;
    for (IndicatorGrid g : IndicatorGrid.of(plan)) {
      if (g.unit < 0) {
        continue;
      }
      g.deleteColumn(g.unit);
      // the plan no longer says the unit: whatever the dictionary infers is not scored
      g.rowOf.keySet().forEach(ind -> {
        ind.remove("unit");
        ind.remove("unitInferred");
      });
      any = true;
    }
    return any;
  }

  private static boolean noNature(PlanText plan) {
    boolean any = false;
    for (IndicatorGrid g : IndicatorGrid.of(plan)) {
      if (g.nature < 0) {
        continue;
      }
      g.deleteColumn(g.nature);
      g.rowOf.keySet().forEach(ind -> ind.putNull("nature"));
      any = true;
    }
    return any;
  }

  private static boolean natureWords(PlanText plan) {
    boolean any = false;
    for (IndicatorGrid g : IndicatorGrid.of(plan)) {
      if (g.nature < 0) {
        continue;
      }
      for (var e : g.rowOf.entrySet()) {
        String t = IndicatorGrid.flat(g.grid.text(e.getValue(), g.nature));
        g.set(e.getValue(), g.nature, t.endsWith("性") ? t.substring(0, t.length() - 1) : t + "性");
      }
      any = true;
    }
    return any;
  }

  private static boolean natureMark(PlanText plan, String mark, boolean before) {
    boolean any = false;
    for (IndicatorGrid g : IndicatorGrid.of(plan)) {
      // a plan marks its binding indicators only when it has some
      if (g.nature < 0 || g.rowOf.keySet().stream().noneMatch(i -> i.path("nature").asText().equals("binding"))) {
        continue;
      }
      for (var e : g.rowOf.entrySet()) {
        if (e.getKey().path("nature").asText().equals("binding")) {
          String name = g.grid.text(e.getValue(), g.name);
          g.set(e.getValue(), g.name, before ? mark + name : name + mark);
        }
      }
      g.deleteColumn(g.nature);
      any = true;
      int at = plan.blocks.indexOf(g.grid);
      plan.blocks.add(at + 1, Para.added("注：带" + mark + "的为约束性指标，其余为预期性指标。"));
    }
    return any;
  }

  private static boolean natureBracket(PlanText plan) {
    boolean any = false;
    for (IndicatorGrid g : IndicatorGrid.of(plan)) {
      if (g.nature < 0) {
        continue;
      }
      for (var e : g.rowOf.entrySet()) {
        String word = e.getKey().path("nature").asText().equals("binding") ? "〔约束性〕" : "〔预期性〕";
        g.set(e.getValue(), g.name, g.grid.text(e.getValue(), g.name) + word);
      }
      g.deleteColumn(g.nature);
      any = true;
    }
    return any;
  }

  private static boolean brackets(PlanText plan) {
    boolean any = false;
    for (IndicatorGrid g : IndicatorGrid.of(plan)) {
      for (var e : g.rowOf.entrySet()) {
        ObjectNode t = (ObjectNode) e.getKey().get("target");
        if (t != null && t.path("kind").asText().equals("level") && t.path("op").asText().equals("=")
            && t.path("raw").asText().matches("[0-9.]+")) {
          String raw = "〔" + t.path("raw").asText() + "〕";
          g.set(e.getValue(), g.target, raw);
          t.put("raw", raw);
          any = true;
        }
      }
      if (any) {
        int at = plan.blocks.indexOf(g.grid);
        plan.blocks.add(at + 1, Para.added("注：〔〕内为五年累计数。"));
      }
    }
    return any;
  }
}
