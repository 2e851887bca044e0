package org.planextract.variants;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planextract.variants.PlanText.Para;

/**
 * Heading numbering: every scheme at every level, other scheme orders, the punctuation and
 * spacing writers put after or inside a number, compatibility characters (⑴ ⒈ ㈠), run-in
 * headings, items numbered on across chapters, and 一是/二是 enumerations (not headings).
 */
final class NumberingConventions {
  private static final Numerals N = new Numerals();
  /** The number prefix of a heading as the corpus writes it. */
  static final Pattern OLD_PREFIX = Pattern.compile(
      "^[\\s\u3000]*(?:第\\s*[一二三四五六七八九十百零〇0-9]+\\s*(?:部分|篇|章|节)|[（(]\\s*[一二三四五六七八九十0-9]+\\s*[)）]\\s*[、.．]?"
          + "|[一二三四五六七八九十]+\\s*[、．.，]|[0-9０-９]+\\s*[.．、]|[①-⑳])[\\s\u3000]*");

  /** How one level is numbered: the prefix written and the number the outline must report. */
  record Scheme(IntFunction<String> prefix, IntFunction<String> number, int max) {
    Scheme(IntFunction<String> prefix, IntFunction<String> number) {
      this(prefix, number, Integer.MAX_VALUE);
    }
  }

  static Scheme cn(String before, String after) {
    return new Scheme(n -> before + N.chinese(n) + after, N::chinese);
  }

  static Scheme arabic(String before, String after) {
    return new Scheme(n -> before + n + after, String::valueOf);
  }

  static final Scheme PIAN = cn("第", "篇 ");
  static final Scheme BUFEN = cn("第", "部分 ");
  static final Scheme ZHANG = cn("第", "章 ");
  static final Scheme JIE = cn("第", "节 ");
  static final Scheme DUN = cn("", "、");
  static final Scheme PAREN = cn("（", "）");
  static final Scheme HALF_PAREN = cn("(", ")");
  static final Scheme DOT = arabic("", ".");
  static final Scheme DOT_FULL = arabic("", "．");
  static final Scheme ARABIC_DUN = arabic("", "、");
  static final Scheme ARABIC_PAREN = arabic("（", "）");
  static final Scheme ARABIC_HALF_PAREN = arabic("(", ")");
  static final Scheme CIRCLED = new Scheme(N::circled, N::circled, 20);

  List<Convention> all() {
    Map<String, Scheme[]> orders = new LinkedHashMap<>();
    orders.put("num-pian-zhang-jie-dun", new Scheme[] {PIAN, ZHANG, JIE, DUN});
    orders.put("num-bufen-dun-paren-dot", new Scheme[] {BUFEN, DUN, PAREN, DOT});
    orders.put("num-zhang-jie-dun-paren", new Scheme[] {ZHANG, JIE, DUN, PAREN});
    orders.put("num-zhang-dun-paren-dot", new Scheme[] {ZHANG, DUN, PAREN, DOT});
    orders.put("num-dun-paren-dot-arabicparen", new Scheme[] {DUN, PAREN, DOT, ARABIC_PAREN});
    orders.put("num-dun-dot-arabicparen-circled", new Scheme[] {DUN, DOT, ARABIC_PAREN, CIRCLED});
    orders.put("num-dun-paren-circled-dot", new Scheme[] {DUN, PAREN, CIRCLED, DOT});
    orders.put("num-dun-arabicdun-arabicparen", new Scheme[] {DUN, ARABIC_DUN, ARABIC_HALF_PAREN, CIRCLED});
    orders.put("num-paren-dot-arabicparen", new Scheme[] {PAREN, DOT, ARABIC_PAREN, CIRCLED});
    orders.put("num-halfparen-arabicparen", new Scheme[] {DUN, HALF_PAREN, ARABIC_HALF_PAREN, CIRCLED});
    orders.put("num-dot-arabicparen-circled", new Scheme[] {DOT, ARABIC_PAREN, CIRCLED, PAREN});
    orders.put("num-zhang-paren-arabicparen", new Scheme[] {ZHANG, PAREN, ARABIC_PAREN, CIRCLED});
    // punctuation and spacing after or inside a number
    orders.put("punct-fullwidth-stop", new Scheme[] {cn("", "．"), PAREN, DOT_FULL, ARABIC_PAREN});
    orders.put("punct-ascii-dot", new Scheme[] {cn("", ". "), PAREN, arabic("", ". "), ARABIC_PAREN});
    orders.put("punct-comma", new Scheme[] {cn("", "，"), PAREN, arabic("", "，"), ARABIC_PAREN});
    orders.put("punct-space", new Scheme[] {cn("", " "), cn("（", "） "), arabic("", " "), ARABIC_PAREN});
    orders.put("punct-ideographic-space", new Scheme[] {cn("", "\u3000"), PAREN, arabic("", "\u3000"), ARABIC_PAREN});
    orders.put("punct-none", new Scheme[] {cn("第", "章"), cn("第", "节"), cn("（", "）"), arabic("（", "）")});
    orders.put("punct-inner-space", new Scheme[] {cn("第 ", " 章  "), cn("（ ", " ）"), arabic("", " ."), arabic("( ", " )")});
    orders.put("punct-after-paren", new Scheme[] {DUN, cn("（", "）、"), arabic("", "．"), arabic("(", ").")});
    orders.put("punct-fullwidth-digits", new Scheme[] {DUN, PAREN,
        new Scheme(n -> N.fullWidthDigits(n) + "．", String::valueOf),
        new Scheme(n -> "（" + N.fullWidthDigits(n) + "）", String::valueOf)});
    orders.put("punct-compat-forms", new Scheme[] {DUN,
        new Scheme(n -> String.valueOf((char) ('\u3220' + n - 1)), N::chinese, 10),
        new Scheme(n -> String.valueOf((char) ('\u2488' + n - 1)), String::valueOf, 20),
        new Scheme(n -> String.valueOf((char) ('\u2474' + n - 1)), String::valueOf, 20)});
    List<Convention> out = new ArrayList<>();
    orders.forEach((id, schemes) -> out.add(new Convention(id, id.startsWith("punct") ? "punctuation" : "numbering",
        "headings renumbered level by level", (plan, random) -> renumber(plan, schemes, false))));
    out.add(new Convention("num-items-run-on", "numbering", "deepest level numbered on across chapters",
        (plan, random) -> renumber(plan, new Scheme[] {DUN, PAREN, DOT, ARABIC_PAREN}, true)));
    out.add(new Convention("runin-deepest", "runin", "deepest-level headings run into their first paragraph",
        (plan, random) -> runIn(plan, maxLevel(plan))));
    out.add(new Convention("runin-level2", "runin", "level-2 headings run into their first paragraph",
        (plan, random) -> maxLevel(plan) >= 2 && runIn(plan, 2)));
    out.add(new Convention("enum-yishi", "runin", "deepest-level headings written as 一是…二是 enumerations",
        (plan, random) -> enumerate(plan)));
    return out;
  }

  static int maxLevel(PlanText plan) {
    return plan.items("sections").stream().mapToInt(s -> s.path("level").asInt()).max().orElse(0);
  }

  /** Renumbers every labelled heading; with runOn, the deepest level counts on across parents. */
  static boolean renumber(PlanText plan, Scheme[] schemes, boolean runOn) {
    int deepest = maxLevel(plan);
    if (runOn && deepest < 2) {
      return false;
    }
    int counter = 0;
    for (ObjectNode s : plan.items("sections")) {
      int level = s.path("level").asInt();
      int n = N.value(s.path("number").asText());
      if (runOn && level == deepest) {
        n = ++counter;
      }
      Scheme scheme = schemes[Math.min(level, schemes.length) - 1];
      if (n > scheme.max()) {
        return false;
      }
      if (!rewriteHeading(plan, s, scheme.prefix().apply(n))) {
        return false;
      }
      s.put("number", scheme.number().apply(n));
    }
    return true;
  }

  private static boolean rewriteHeading(PlanText plan, ObjectNode section, String prefix) {
    int i = plan.indexOfLine(section.path("line").asInt());
    if (i < 0) {
      return false;
    }
    Para p = (Para) plan.blocks.get(i);
    Matcher m = OLD_PREFIX.matcher(p.text());
    if (!m.lookingAt()) {
      return false;
    }
    plan.blocks.set(i, new Para(prefix + p.text().substring(m.end()), p.origLine()));
    return true;
  }

  /** Headings of a level whose line is the title alone take the next paragraph as their body. */
  static boolean runIn(PlanText plan, int level) {
    int joined = 0;
    for (ObjectNode s : plan.items("sections")) {
      if (s.path("level").asInt() != level) {
        continue;
      }
      int i = plan.indexOfLine(s.path("line").asInt());
      if (i < 0 || i + 1 >= plan.blocks.size() || !(plan.blocks.get(i + 1) instanceof Para next)) {
        continue;
      }
      Para head = (Para) plan.blocks.get(i);
      String title = s.path("title").asText();
      if (!head.text().endsWith(title) || next.text().isBlank() || OLD_PREFIX.matcher(next.text()).lookingAt()
          || next.text().startsWith("专栏") || next.text().length() < 20) {
        continue;
      }
      plan.blocks.set(i, new Para(head.text() + "。" + next.text(), head.origLine()));
      plan.blocks.remove(i + 1);
      joined++;
    }
    return joined > 0;
  }

  /** The deepest level (below level 1) becomes 一是…、二是… sentences: no longer headings. */
  static boolean enumerate(PlanText plan) {
    int deepest = maxLevel(plan);
    if (deepest < 2) {
      return false;
    }
    List<ObjectNode> removed = new ArrayList<>();
    for (ObjectNode s : plan.items("sections")) {
      if (s.path("level").asInt() != deepest) {
        continue;
      }
      int i = plan.indexOfLine(s.path("line").asInt());
      Para p = (Para) plan.blocks.get(i);
      Matcher m = OLD_PREFIX.matcher(p.text());
      if (!m.lookingAt()) {
        return false;
      }
      String rest = p.text().substring(m.end());
      String end = rest.equals(s.path("title").asText()) ? "。" : "";
      plan.blocks.set(i, new Para(N.chinese(N.value(s.path("number").asText())) + "是" + rest + end, p.origLine()));
      removed.add(s);
    }
    var sections = plan.array("sections");
    for (int k = sections.size() - 1; k >= 0; k--) {
      if (removed.contains(sections.get(k))) {
        sections.remove(k);
      }
    }
    return !removed.isEmpty();
  }
}
