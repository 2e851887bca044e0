package org.planextract.variants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planextract.variants.PlanText.Block;
import org.planextract.variants.PlanText.Cell;
import org.planextract.variants.PlanText.Grid;
import org.planextract.variants.PlanText.Para;

/**
 * Other periods and levels: the plan moved back to 十三五 (2016–2020, a 2015 baseline), turned
 * into a three-year 行动计划 ending 2023, and turned into a national plan (no city: level national).
 * Text and labels go through the same rewrite; the expected period is added to the labels.
 */
final class PeriodConventions {
  private static final Pattern YEAR = Pattern.compile("(?<![0-9.])(20[0-3][0-9])(?![0-9.%])");
  private static final List<String> KEEP = List.of("canonicalId", "kind", "op", "nature", "docId", "status", "unit");

  List<Convention> all() {
    return List.of(
        new Convention("period-13th-five-year", "period", "十三五 plan: every year five earlier",
            (p, r) -> shift(p)),
        new Convention("period-action-plan-2023", "period", "three-year action plan 2021–2023", (p, r) -> actionPlan(p)),
        new Convention("level-national", "period", "a national plan: no city, level national", (p, r) -> national(p)));
  }

  private static boolean shift(PlanText plan) {
    UnaryOperator<String> f = s -> {
      Matcher m = YEAR.matcher(s.replace("十三五", "十二五").replace("十四五", "十三五"));
      return m.replaceAll(r -> String.valueOf(Integer.parseInt(r.group(1)) - 5));
    };
    rewriteAll(plan, f);
    shiftYears(plan.labels, -5);
    plan.labels.putObject("period").put("start", 2016).put("end", 2020);
    return true;
  }

  private static boolean actionPlan(PlanText plan) {
    String title = plan.title();
    if (!title.endsWith("规划") || !title.contains("“十四五”")) {
      return false;
    }
    String newTitle = title.replace("“十四五”", "").replaceAll("规划$", "三年行动计划（2021—2023年）");
    UnaryOperator<String> f = s -> s.replace(title, newTitle).replace("2025", "2023").replace("“十四五”", "“三年行动”").replace("十四五", "三年行动");
    rewriteAll(plan, f);
    for (ObjectNode t : plan.items("targets")) {
      if (t.path("value").path("year").asInt() == 2025) {
        ((ObjectNode) t.get("value")).put("year", 2023);
      }
    }
    plan.labels.putObject("period").put("start", 2021).put("end", 2023);
    return true;
  }

  private static boolean national(PlanText plan) {
    String full = plan.regionName();
    if (full.length() < 2) {
      return false;
    }
    String shortName = full.replaceAll("(市|县|区|自治州|地区|盟)$", "");
    UnaryOperator<String> f = s -> s.replace(full, "全国").replace("健康" + shortName, "健康中国")
        .replace(shortName, "全国").replace("全市", "全国").replace("我市", "我国").replace("市委", "党中央")
        .replace("市政府", "国务院");
    rewriteAll(plan, f);
    ObjectNode region = plan.labels.putObject("region");
    region.putNull("name");
    region.putNull("province");
    region.put("level", "national");
    return true;
  }

  private static void rewriteAll(PlanText plan, UnaryOperator<String> f) {
    for (int i = 0; i < plan.blocks.size(); i++) {
      Block b = plan.blocks.get(i);
      if (b instanceof Para p) {
        plan.blocks.set(i, new Para(f.apply(p.text()), p.origLine()));
      } else {
        for (List<Cell> row : ((Grid) b).rows) {
          row.replaceAll(c -> new Cell(f.apply(c.text()), c.rowspan(), c.colspan(), c.covered()));
        }
      }
    }
    rewriteLabels(plan.labels, f);
  }

  private static void rewriteLabels(JsonNode node, UnaryOperator<String> f) {
    if (node instanceof ObjectNode o) {
      var names = o.fieldNames();
      List<String> keys = new java.util.ArrayList<>();
      names.forEachRemaining(keys::add);
      for (String k : keys) {
        JsonNode v = o.get(k);
        if (v.isTextual() && !KEEP.contains(k) && !k.equals("province") && !k.equals("name") || v.isTextual() && k.equals("name")
            && o.has("canonicalId")) {
          o.set(k, TextNode.valueOf(f.apply(v.asText())));
        } else if (v.isContainerNode() && !k.equals("region")) {
          rewriteLabels(v, f);
        }
      }
    } else if (node != null && node.isArray()) {
      node.forEach(n -> rewriteLabels(n, f));
    }
  }

  private static void shiftYears(JsonNode node, int delta) {
    if (node instanceof ObjectNode o) {
      if (o.has("year") && o.get("year").isInt()) {
        o.put("year", o.get("year").asInt() + delta);
      }
      o.forEach(n -> shiftYears(n, delta));
    } else if (node != null && node.isArray()) {
      node.forEach(n -> shiftYears(n, delta));
    }
  }
}
