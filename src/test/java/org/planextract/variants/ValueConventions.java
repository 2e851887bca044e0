package org.planextract.variants;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Value vocabulary in indicator cells: comparators as words or signs (突破 超过 高于 低于 不少于
 * 不超过 不高于, 以上/以下/以内 with and without （含）), 约/左右, 力争, ranges with 至/到/—/~,
 * Chinese numerals, 全覆盖, changes in 个百分点 and in %, and per-capita indicator names and units
 * written other ways.
 */
final class ValueConventions {
  private static final Map<String, List<String[]>> WORDS = Map.of(
      ">=", List.of(new String[] {"不低于", ""}, new String[] {"不少于", ""}, new String[] {"", "以上"},
          new String[] {"", "（含）以上"}, new String[] {"达到", "及以上"}),
      "<=", List.of(new String[] {"不超过", ""}, new String[] {"不高于", ""}, new String[] {"", "以下"},
          new String[] {"", "以内"}, new String[] {"", "（含）以下"}, new String[] {"控制在", "以内"}),
      ">", List.of(new String[] {"超过", ""}, new String[] {"高于", ""}, new String[] {"突破", ""}),
      "<", List.of(new String[] {"低于", ""}, new String[] {"小于", ""}));

  List<Convention> all() {
    return List.of(
        new Convention("val-comparator-words", "values", "comparators as words (seeded choice)",
            (p, r) -> comparators(p, r)),
        new Convention("val-about", "values", "约 X / X左右", (p, r) -> about(p, r)),
        new Convention("val-striving", "values", "力争 X", (p, r) -> striving(p)),
        new Convention("val-ranges", "values", "ranges with 至/到/—/~", (p, r) -> ranges(p, r)),
        new Convention("val-chinese-numerals", "values", "changes with Chinese numerals, 全覆盖, 零",
            (p, r) -> numerals(p)),
        new Convention("val-points-percent", "values",
            "changes in 个百分点 written as %, and changes of a rate in % written as 个百分点 (the unit follows)",
            (p, r) -> pointsPercent(p)),
        new Convention("val-per-capita-names", "values", "每千人口 / 每万人口 written other ways, units per capita",
            (p, r) -> perCapita(p, r)),
        new Convention("val-per-capita-units", "values", "units of per-capita rows written 人/万人, 张/千人口 in the unit column",
            (p, r) -> perCapitaUnits(p, r)));
  }

  private interface CellRewrite {
    /** A new raw for the labelled value (updated in place), or null to leave the cell. */
    String rewrite(ObjectNode value, String raw);
  }

  private static boolean rewriteTargets(PlanText plan, CellRewrite rewrite) {
    boolean any = false;
    for (IndicatorGrid g : IndicatorGrid.of(plan)) {
      for (var e : g.rowOf.entrySet()) {
        for (String field : List.of("target", "baseline")) {
          int col = field.equals("target") ? g.target : g.baseline;
          if (col < 0 || !(e.getKey().get(field) instanceof ObjectNode v)
              || !IndicatorGrid.flat(g.grid.text(e.getValue(), col)).equals(v.path("raw").asText())) {
            continue;
          }
          String raw = rewrite.rewrite(v, v.path("raw").asText());
          if (raw != null) {
            g.set(e.getValue(), col, raw);
            v.put("raw", raw);
            any = true;
          }
        }
      }
    }
    return any;
  }

  private static String number(String raw) {
    return raw.replaceAll("^[≥≤<>＜＞]", "").matches("[0-9.]+") ? raw.replaceAll("^[≥≤<>＜＞]", "") : null;
  }

  private static boolean comparators(PlanText plan, Random random) {
    return rewriteTargets(plan, (v, raw) -> {
      String n = number(raw);
      List<String[]> words = WORDS.get(v.path("op").asText());
      if (n == null || words == null || raw.equals(n)) {
        return null;
      }
      String[] w = words.get(random.nextInt(words.size()));
      return w[0] + n + w[1];
    });
  }

  private static boolean about(PlanText plan, Random random) {
    return rewriteTargets(plan, (v, raw) -> {
      if (!v.path("op").asText().equals("=") || !raw.matches("[0-9.]+") || random.nextInt(3) != 0) {
        return null;
      }
      v.put("op", "~");
      return random.nextBoolean() ? "约" + raw : raw + "左右";
    });
  }

  private static boolean striving(PlanText plan) {
    return rewriteTargets(plan, (v, raw) -> v.path("op").asText().equals("=") && raw.matches("[0-9.]+")
        && v.path("kind").asText().equals("level") && v.path("value").decimalValue().intValue() % 2 == 0 ? "力争" + raw : null);
  }

  private static boolean ranges(PlanText plan, Random random) {
    String[] joins = {"至", "到", "—", "~", "-"};
    return rewriteTargets(plan, (v, raw) -> {
      if (!v.path("op").asText().equals("=") || !raw.matches("[0-9]+(\\.[0-9])?") || random.nextInt(3) != 0) {
        return null;
      }
      BigDecimal min = new BigDecimal(raw);
      BigDecimal max = min.add(BigDecimal.ONE);
      v.put("kind", "range");
      v.remove("op");
      v.remove("value");
      v.put("min", min);
      v.put("max", max);
      return min.toPlainString() + joins[random.nextInt(joins.length)] + max.toPlainString();
    });
  }

  private static final String[] CN = {"零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"};

  private static boolean numerals(PlanText plan) {
    return rewriteTargets(plan, (v, raw) -> {
      if (v.path("kind").asText().equals("change") && raw.matches("(提高|下降|降低|增加|提升)[0-9]+(岁|个百分点)")) {
        int n = Integer.parseInt(raw.replaceAll("[^0-9]", ""));
        return n <= 10 ? raw.replaceAll("[0-9]+", CN[n]) : null;
      }
      if (v.path("kind").asText().equals("level") && v.path("op").asText().equals("=")
          && raw.matches("100%?")) {
        return "实现全覆盖";
      }
      if (v.path("kind").asText().equals("level") && v.path("op").asText().equals("=") && raw.equals("0")) {
        return "零";
      }
      return null;
    });
  }

  private static final java.util.regex.Pattern POINTS = java.util.regex.Pattern.compile("([0-9.]+)个?百分点");
  private static final java.util.regex.Pattern PERCENT = java.util.regex.Pattern.compile("([0-9.]+)[%％]");

  /**
   * 下降1个百分点 ↔ 下降1%: a change in percentage points and a percent change are different
   * quantities, so the label's unit follows what the cell now says (百分点 or %). A percent change
   * becomes points only for a rate (an indicator in %); points become a percent change anywhere.
   */
  private static boolean pointsPercent(PlanText plan) {
    return rewriteTargets(plan, (v, raw) -> {
      String kind = v.path("kind").asText();
      if (!kind.equals("change") && !kind.equals("annualChange")) {
        return null;
      }
      String unit = v.path("unit").asText("");
      java.util.regex.Matcher points = POINTS.matcher(raw);
      if (unit.equals("百分点") && points.find()) {
        v.put("unit", "%");
        return raw.substring(0, points.start()) + points.group(1) + "%" + raw.substring(points.end());
      }
      java.util.regex.Matcher percent = PERCENT.matcher(raw);
      if (unit.equals("%") && percent.find() && isRate(plan, v)) {
        v.put("unit", "百分点");
        return raw.substring(0, percent.start()) + percent.group(1) + "个百分点" + raw.substring(percent.end());
      }
      return null;
    });
  }

  /** Whether the value belongs to an indicator measured in %. */
  private static boolean isRate(PlanText plan, ObjectNode value) {
    return plan.items("indicators").stream()
        .anyMatch(i -> (i.get("target") == value || i.get("baseline") == value) && i.path("unit").asText().equals("%"));
  }

  private static boolean perCapita(PlanText plan, Random random) {
    String[][] forms = {{"每千人口", "每千常住人口", "每千人"}, {"每万人口", "每万常住人口", "每万人"}};
    boolean any = false;
    for (IndicatorGrid g : IndicatorGrid.of(plan)) {
      for (var e : g.rowOf.entrySet()) {
        ObjectNode ind = e.getKey();
        String name = ind.path("name").asText();
        if (ind.path("canonicalId").isNull()) {
          continue;
        }
        for (String[] f : forms) {
          for (String from : f) {
            if (name.startsWith(from)) {
              String to = f[(java.util.Arrays.asList(f).indexOf(from) + 1 + random.nextInt(f.length - 1)) % f.length];
              String cell = g.grid.text(e.getValue(), g.name);
              g.set(e.getValue(), g.name, cell.replace(from, to));
              ind.put("name", to + name.substring(from.length()));
              any = true;
              break;
            }
          }
        }
      }
    }
    return any;
  }

  /**
   * The unit column of a 每千/每万 row written with its population (人/万人, 张/千人口, 人/千人): the
   * canonical unit stays 人 or 张.
   */
  private static boolean perCapitaUnits(PlanText plan, Random random) {
    boolean any = false;
    for (IndicatorGrid g : IndicatorGrid.of(plan)) {
      if (g.unit < 0) {
        continue;
      }
      for (var e : g.rowOf.entrySet()) {
        ObjectNode ind = e.getKey();
        String name = ind.path("name").asText();
        String unit = ind.path("unit").asText("");
        String per = name.startsWith("每万") ? "万人" : name.startsWith("每千") ? "千人" : null;
        if (per == null || !(unit.equals("人") || unit.equals("张"))
            || !IndicatorGrid.flat(g.grid.text(e.getValue(), g.unit)).equals(unit)) {
          continue;
        }
        g.set(e.getValue(), g.unit, unit + "/" + per + (random.nextBoolean() ? "口" : ""));
        any = true;
      }
    }
    return any;
  }
}
