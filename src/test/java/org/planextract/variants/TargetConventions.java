package org.planextract.variants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.planextract.variants.PlanText.Cell;
import org.planextract.variants.PlanText.Grid;
import org.planextract.variants.PlanText.Para;

/**
 * Narrative targets added to a plan whose targets are labelled, built from its own indicators:
 * other future years (2035, a mid-term year), pronouns (使其, 该指标), values shared by a list
 * (均达到), comparators as words, ranges, targets inside a 专栏 item, changes in 个百分点 and in %.
 * Each sentence adds its labels.
 */
final class TargetConventions {
  private static final Set<String> UNITS = Set.of("%", "岁", "‰", "人", "张", "/10万");

  /** An indicator of the plan a sentence can speak of. */
  private record Ind(String name, String id, String unit, BigDecimal value) {}

  List<Convention> all() {
    return List.of(
        new Convention("tgt-2035", "targets", "targets for 2035", (p, r) -> add(p, tgt2035(p))),
        new Convention("tgt-pronoun", "targets", "使其/该指标 refer to the indicator named before", (p, r) -> add(p, pronoun(p))),
        new Convention("tgt-shared-value", "targets", "甲、乙均达到 X", (p, r) -> add(p, shared(p))),
        new Convention("tgt-comparator-words", "targets", "突破/超过/不少于/力争/左右/约/至 in sentences",
            (p, r) -> add(p, vocabulary(p))),
        new Convention("tgt-in-box", "targets", "a target inside a 专栏 item", (p, r) -> inBox(p)),
        new Convention("tgt-points-percent", "targets", "changes of rates in 个百分点 and in % in sentences",
            (p, r) -> add(p, pointsPercent(p))));
  }

  private static List<Ind> indicators(PlanText plan) {
    List<Ind> out = new ArrayList<>();
    if (!plan.labels.has("targets")) {
      return out;
    }
    for (ObjectNode i : plan.items("indicators")) {
      String unit = i.path("unit").asText("");
      if (i.path("canonicalId").isTextual() && UNITS.contains(unit) && i.path("parentSeq").isNull()
          && i.path("target").path("value").isNumber() && !i.path("name").asText().contains("其中")
          && out.stream().noneMatch(o -> o.id().equals(i.path("canonicalId").asText()))) {
        out.add(new Ind(i.path("name").asText(), i.path("canonicalId").asText(), unit,
            i.path("target").path("value").decimalValue()));
      }
    }
    return out;
  }

  /** A sentence and the targets it states. */
  private record Sentence(String text, List<ObjectNode> labels) {}

  private static ObjectNode label(PlanText plan, Ind ind, String op, BigDecimal value, int year) {
    ObjectNode t = plan.labels.objectNode();
    t.put("kind", "target").put("indicator", ind.name()).put("canonicalId", ind.id());
    ObjectNode v = t.putObject("value");
    v.put("kind", "level").put("op", op).put("value", value).put("unit", ind.unit()).put("year", year);
    return t;
  }

  private static String v(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }

  private static List<Sentence> tgt2035(PlanText plan) {
    List<Ind> inds = indicators(plan);
    if (inds.size() < 2) {
      return List.of();
    }
    Ind a = inds.get(0);
    Ind b = inds.get(1);
    return List.of(new Sentence("展望2035年，" + a.name() + "达到" + v(a.value()) + a.unit() + "，" + b.name() + "不低于"
        + v(b.value()) + b.unit() + "，健康公平基本实现。",
        List.of(label(plan, a, "=", a.value(), 2035), label(plan, b, ">=", b.value(), 2035))));
  }

  private static List<Sentence> pronoun(PlanText plan) {
    List<Ind> inds = indicators(plan);
    if (inds.size() < 2) {
      return List.of();
    }
    Ind a = inds.get(0);
    Ind b = inds.get(inds.size() - 1);
    return List.of(
        new Sentence("持续关注" + a.name() + "，到2024年使其达到" + v(a.value()) + a.unit() + "。",
            List.of(label(plan, a, "=", a.value(), 2024))),
        new Sentence("加强" + b.name() + "监测，到2023年该指标保持在" + v(b.value()) + b.unit() + "。",
            List.of(label(plan, b, "=", b.value(), 2023))));
  }

  private static List<Sentence> shared(PlanText plan) {
    List<Ind> pct = indicators(plan).stream().filter(i -> i.unit().equals("%")).toList();
    if (pct.size() < 2) {
      return List.of();
    }
    BigDecimal ninety = new BigDecimal("90");
    return List.of(new Sentence("到2024年，" + pct.get(0).name() + "、" + pct.get(1).name() + "均达到90%以上。",
        List.of(label(plan, pct.get(0), ">=", ninety, 2024), label(plan, pct.get(1), ">=", ninety, 2024))));
  }

  private static List<Sentence> vocabulary(PlanText plan) {
    List<Ind> inds = indicators(plan);
    if (inds.isEmpty()) {
      return List.of();
    }
    String[][] words = {{"突破", "", ">"}, {"超过", "", ">"}, {"不少于", "", ">="}, {"力争达到", "", "="},
        {"", "左右", "~"}, {"约", "", "~"}, {"", "（含）以上", ">="}};
    List<Sentence> out = new ArrayList<>();
    for (int k = 0; k < words.length; k++) {
      Ind ind = inds.get(k % inds.size());
      int year = 2022 + k % 3 + (k / inds.size()) * 10;
      String verb = words[k][0].isEmpty() ? "达到" : words[k][0];
      String op = words[k][0].isEmpty() && words[k][2].equals("~") ? "~" : words[k][2];
      out.add(new Sentence("到" + year + "年，" + ind.name() + verb + v(ind.value()) + ind.unit() + words[k][1] + "。",
          List.of(label(plan, ind, op, ind.value(), year))));
    }
    Ind r = inds.get(0);
    BigDecimal max = r.value().add(BigDecimal.ONE);
    ObjectNode range = label(plan, r, "=", r.value(), 2031);
    ObjectNode rv = (ObjectNode) range.get("value");
    rv.put("kind", "range").remove(List.of("op", "value"));
    rv.put("min", r.value()).put("max", max);
    out.add(new Sentence("到2031年，" + r.name() + "达到" + v(r.value()) + "至" + v(max) + r.unit() + "。", List.of(range)));
    return out;
  }

  private static ObjectNode change(PlanText plan, Ind ind, String kind, String value, String unit, boolean up, int year) {
    ObjectNode t = plan.labels.objectNode();
    t.put("kind", "target").put("indicator", ind.name()).put("canonicalId", ind.id());
    ObjectNode v = t.putObject("value");
    v.put("kind", kind).putNull("op");
    v.put("value", new BigDecimal(value)).put("unit", unit).put("direction", up ? "increase" : "decrease").put("year", year);
    return t;
  }

  /**
   * Changes of two rates said both ways: 比2020年提高2个百分点 (points) and 下降10% (a percent
   * change), 年均提高0.5% and 每年降低1个百分点; the label's unit is what the sentence says.
   */
  private static List<Sentence> pointsPercent(PlanText plan) {
    List<Ind> pct = new ArrayList<>(indicators(plan).stream().filter(i -> i.unit().equals("%")).toList());
    // rates the running text names (a plan whose table has none in %)
    for (ObjectNode t : plan.items("targets")) {
      JsonNode v = t.path("value");
      if (v.path("kind").asText().equals("level") && v.path("unit").asText().equals("%") && v.path("value").isNumber()
          && pct.stream().noneMatch(i -> i.name().equals(t.path("indicator").asText()))) {
        pct.add(new Ind(t.path("indicator").asText(), t.path("canonicalId").textValue(), "%", v.path("value").decimalValue()));
      }
    }
    if (pct.size() < 2) {
      return List.of();
    }
    Ind a = pct.get(0);
    Ind b = pct.get(1);
    return List.of(
        new Sentence("到2025年，" + a.name() + "比2020年提高2个百分点，" + b.name() + "较2020年下降10%。",
            List.of(change(plan, a, "change", "2", "百分点", true, 2025), change(plan, b, "change", "10", "%", false, 2025))),
        new Sentence("“十四五”期间，" + b.name() + "年均提高0.5%，" + a.name() + "每年降低1个百分点。",
            List.of(change(plan, b, "annualChange", "0.5", "%", true, 2025),
                change(plan, a, "annualChange", "1", "百分点", false, 2025))));
  }

  /** Inserts the sentences as a paragraph at the end of the plan's second-to-last chapter. */
  private static boolean add(PlanText plan, List<Sentence> sentences) {
    if (sentences.isEmpty()) {
      return false;
    }
    List<ObjectNode> top = plan.items("sections").stream().filter(s -> s.path("level").asInt() == 1).toList();
    int at = top.size() >= 2 ? plan.indexOfLine(top.get(top.size() - 1).path("line").asInt()) : -1;
    if (at < 0) {
      return false;
    }
    for (Sentence s : sentences) {
      plan.blocks.add(at++, Para.added(s.text()));
      s.labels().forEach(plan.array("targets")::add);
    }
    return true;
  }

  private static boolean inBox(PlanText plan) {
    List<Ind> inds = indicators(plan);
    if (inds.isEmpty()) {
      return false;
    }
    for (ObjectNode box : plan.items("boxes")) {
      Grid g = plan.gridAt(box.path("line").asInt());
      if (g != null && g.width() == 1) {
        Ind a = inds.get(0);
        g.rows.add(new ArrayList<>(List.of(Cell.of("监测评估：到2024年，" + a.name() + "达到" + v(a.value()) + a.unit() + "。"))));
        g.rowLines.add(-1);
        plan.array("targets").add(label(plan, a, "=", a.value(), 2024));
        return true;
      }
    }
    return false;
  }
}
