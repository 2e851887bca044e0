package org.planextract.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.planextract.model.Direction;
import org.planextract.model.Op;
import org.planextract.model.Value;
import org.planextract.model.ValueKind;
import org.planextract.normalize.TextNormalizer;
import org.planextract.numerals.ChineseNumerals;

/**
 * Reads an indicator cell or a target phrase into a {@link Value}, by a small grammar whose words
 * come from rules/values.yaml:
 *
 * <pre>
 * missing      — / - / 无 / empty
 * change       [比|较 REF] 提高|下降 NUM UNIT? SUFFIX? 比“十三五”末提高30%, 2020年基础上增长30%, 增长7%左右
 * annualChange 年均|每年 提高|下降 NUM UNIT?          力争每年降低1个百分点
 * range        NUM UNIT? -|~|至 NUM UNIT?            80%-85%
 * level        PREFIX? NUM UNIT? SUFFIX?              ≥25%, ＜14.5/10万, 达到80%以上, 27左右
 * qualitative  words without a number                 持续提升 (increase), 按国家下达目标
 * </pre>
 *
 * A cell with a number the grammar cannot read is kept raw as qualitative and reported, never
 * dropped. Thread-safe.
 */
public final class ValueParser {
  private static final Pattern DIGIT_GAP = Pattern.compile("(?<=[0-9０-９])[\\s\u3000]+(?=[0-9０-９])");
  /** White space not between two digits (compiled once: every cell and value passes here). */
  private static final Pattern GAP_NOT_BETWEEN_DIGITS = Pattern.compile("(?<![0-9])[\\s\u3000]+|[\\s\u3000]+(?![0-9])");
  private static final Pattern QUOTES = Pattern.compile("[“”\"'‘’「」]");
  private static final Pattern YEAR_REFERENCE = Pattern.compile("[0-9]{4}年");

  private final ValueRules rules;
  /** A number (rules/values.yaml {@code number}): 85.5, 百分之九十, 两 before 个百分点. */
  private final String num;
  private final ChineseNumerals numerals = new ChineseNumerals();
  private final Pattern change;
  private final Pattern range;
  private final Pattern level;
  private final ValueWrapping wrapping;
  private final List<Map.Entry<String, Op>> prefixes;
  private final List<Map.Entry<String, Op>> suffixes;
  private final String unitRegex;
  private final String prefixRegex;
  private final String suffixRegex;
  private final String upRegex;
  private final String downRegex;

  /** A parse: the value, and a problem when the text had a number the grammar could not read. */
  public record Parse(Value value, String problem) {}

  public ValueParser(ValueRules rules) {
    this.rules = rules;
    String number = "(?:" + rules.number() + ")";
    this.num = number;
    String unit = "(?:" + rules.units().alternation() + ")";
    String up = alternation(rules.increaseWords());
    String down = alternation(rules.decreaseWords());
    this.change = Pattern.compile("(?:(?<up>" + up + ")|(?<down>" + down + "))(?:了)?(?<num>" + number + ")(?<unit>" + unit + ")?");
    this.prefixes = entries(rules.prefixComparators());
    this.suffixes = entries(rules.suffixComparators());
    String pre = prefixes.stream().map(e -> Pattern.quote(e.getKey())).collect(Collectors.joining("|"));
    // 达到79至80岁: a verb before a range does not make it a level (a range has no comparator).
    this.range = Pattern.compile("(?:" + pre + ")*(?<min>" + number + ")(?<unit1>" + unit + ")?(?:" + rules.rangeSeparator()
        + ")+(?<max>" + number + ")(?<unit>" + unit + ")?");
    String suf = suffixes.stream().map(e -> Pattern.quote(e.getKey())).collect(Collectors.joining("|"));
    this.unitRegex = unit;
    this.prefixRegex = pre;
    this.suffixRegex = suf;
    this.upRegex = up;
    this.downRegex = down;
    this.level = Pattern.compile("(?<pre>(?:" + pre + ")+)?(?<num>" + number + ")(?: ?(?<unit>" + unit + "))?(?<suf>" + suf + ")?");
    this.wrapping = new ValueWrapping(rules);
  }

  private static List<Map.Entry<String, Op>> entries(Map<Op, List<String>> byOp) {
    List<Map.Entry<String, Op>> list = new ArrayList<>();
    byOp.forEach((op, words) -> words.forEach(w -> list.add(Map.entry(w, op))));
    list.sort(Comparator.comparing((Map.Entry<String, Op> e) -> -e.getKey().length()).thenComparing(Map.Entry::getKey));
    return List.copyOf(list);
  }

  private static String alternation(List<String> words) {
    return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).collect(Collectors.joining("|"));
  }

  /**
   * The alternation (longest word first, each quoted) of a word list of rules/values.yaml, as the
   * {@code words:} macros of rules/macros.yaml use it: prefixComparators, suffixComparators, units,
   * increaseWords, decreaseWords, annualWords; empty for another name.
   */
  public Optional<String> wordListRegex(String list) {
    return switch (list) {
      case "prefixComparators" -> Optional.of(prefixRegex);
      case "suffixComparators" -> Optional.of(suffixRegex);
      case "units" -> Optional.of(rules.units().alternation());
      case "increaseWords" -> Optional.of(upRegex);
      case "decreaseWords" -> Optional.of(downRegex);
      case "annualWords" -> Optional.of(alternation(rules.annualWords()));
      default -> Optional.empty();
    };
  }

  /** A regex (no groups) for the comparator words that may lead a value. */
  public String prefixRegex() {
    return prefixRegex;
  }

  /** Parses a cell; {@code year} is the year of its column (or of the phrase), null when unknown. */
  public Parse parse(String raw, Integer year) {
    String text = squeeze(TextNormalizer.fold(raw == null ? "" : raw));
    String rawOut = squeeze(raw == null ? "" : raw);
    if (rules.missing().contains(text)) {
      return new Parse(Value.missing(rawOut, year), null);
    }
    String t = wrapping.strip(text);
    // 实现全覆盖 states 100%, 零 states 0: read the number the word stands for
    t = rules.wordValues().getOrDefault(t, t);
    boolean annual = false;
    for (String w : rules.annualWords()) {
      if (t.contains(w)) {
        annual = true;
        break;
      }
    }
    Matcher c = change.matcher(t);
    if (c.find()) {
      Direction dir = c.group("up") != null ? Direction.INCREASE : Direction.DECREASE;
      String unit = unit(c.group("unit"));
      // 年均增长7%左右, 提高2个百分点以上: a comparator after the change qualifies it
      String after = t.substring(c.end());
      Op op = after.isEmpty() ? null : lookup(suffixes, after);
      return new Parse(new Value(rawOut, annual ? ValueKind.ANNUAL_CHANGE : ValueKind.CHANGE, op,
          number(c.group("num")), null, null, unitOf(c.group("num"), unit), dir, year, reference(t).orElse(null)), null);
    }
    Matcher r = range.matcher(t);
    if (r.matches()) {
      BigDecimal min = number(r.group("min"));
      BigDecimal max = number(r.group("max"));
      if (min.compareTo(max) <= 0) {
        String unit = unit(r.group("unit") != null ? r.group("unit") : r.group("unit1"));
        return new Parse(new Value(rawOut, ValueKind.RANGE, null, null, min, max, unit, null, year, null), null);
      }
    }
    Matcher l = level.matcher(t);
    if (l.matches()) {
      Op op = comparator(l.group("pre"), l.group("suf"));
      return new Parse(new Value(rawOut, ValueKind.LEVEL, op, number(l.group("num")), null, null,
          unitOf(l.group("num"), unit(l.group("unit"))), null, year, null), null);
    }
    Value qualitative = new Value(rawOut, ValueKind.QUALITATIVE, null, null, null, null, null, direction(t), year, null);
    boolean hasNumber = t.chars().anyMatch(Character::isDigit);
    return new Parse(qualitative, hasNumber ? "value not understood, kept as text: " + rawOut : null);
  }

  /**
   * A value is a short token: white space inside it (≥ 60, 2020 年) carries nothing, except between
   * two digits, where it separates a number from a unit (15 1/10万).
   */
  private static String squeeze(String s) {
    return GAP_NOT_BETWEEN_DIGITS.matcher(DIGIT_GAP.matcher(s.strip()).replaceAll(" ")).replaceAll("");
  }

  /** 85.5, 百分之九十五点五 (95.5), 两 (2). */
  private BigDecimal number(String written) {
    String w = written.startsWith(rules.percentWords()) ? written.substring(rules.percentWords().length()) : written;
    if (w.chars().allMatch(ch -> ch == '.' || Character.isDigit(ch))) {
      return new BigDecimal(w);
    }
    String[] parts = w.split("点", 2);
    int whole = numerals.parse(parts[0]).orElseThrow(() -> new IllegalStateException("not a numeral: " + written));
    if (parts.length == 1) {
      return BigDecimal.valueOf(whole);
    }
    StringBuilder digits = new StringBuilder();
    for (char ch : parts[1].toCharArray()) {
      digits.append(numerals.parse(String.valueOf(ch)).orElse(0));
    }
    return new BigDecimal(whole + "." + digits);
  }

  /** 百分之九十 is a percentage even with no % sign. */
  private String unitOf(String written, String unit) {
    return unit == null && written.startsWith(rules.percentWords()) ? "%" : unit;
  }

  private String unit(String written) {
    return written == null ? null : rules.units().canonical(written).orElse(written);
  }

  /**
   * A suffix comparator (以上, 以下, 左右) has the last word: 达到80%以上 is ≥, 控制在27%左右 is ~;
   * otherwise the prefix next to the number decides.
   */
  private Op comparator(String pre, String suf) {
    Op suffixOp = suf == null ? null : lookup(suffixes, suf);
    if (suffixOp != null) {
      return suffixOp;
    }
    Op prefixOp = pre == null ? null : lastPrefix(pre);
    return prefixOp == null ? Op.EQ : prefixOp;
  }

  /** Of several prefixes (力争达到不低于), the one next to the number decides. */
  private Op lastPrefix(String pre) {
    String rest = pre;
    Op last = null;
    while (!rest.isEmpty()) {
      boolean found = false;
      for (Map.Entry<String, Op> e : prefixes) {
        if (rest.startsWith(e.getKey())) {
          last = e.getValue() == Op.EQ && last != null && last != Op.EQ ? last : e.getValue();
          rest = rest.substring(e.getKey().length());
          found = true;
          break;
        }
      }
      if (!found) {
        break;
      }
    }
    return last;
  }

  private static Op lookup(List<Map.Entry<String, Op>> entries, String word) {
    return entries.stream().filter(e -> e.getKey().equals(word)).map(Map.Entry::getValue).findFirst().orElse(null);
  }

  private Optional<String> reference(String t) {
    for (Pattern p : rules.referencePatterns()) {
      Matcher m = p.matcher(t);
      if (m.find()) {
        String ref = QUOTES.matcher(m.group("reference")).replaceAll("");
        ref = ref.endsWith("的") ? ref.substring(0, ref.length() - 1) : ref;
        if (YEAR_REFERENCE.matcher(ref).matches()) {
          ref = ref.substring(0, 4);
        }
        if (!ref.isEmpty()) {
          return Optional.of(ref);
        }
      }
    }
    return Optional.empty();
  }

  /** The direction qualitative words give: the earliest word of any list decides. */
  private Direction direction(String t) {
    int best = Integer.MAX_VALUE;
    Direction dir = null;
    List<Map.Entry<List<String>, Direction>> lists = List.of(
        Map.entry(rules.qualitativeStable(), Direction.STABLE),
        Map.entry(rules.qualitativeIncrease(), Direction.INCREASE),
        Map.entry(rules.qualitativeDecrease(), Direction.DECREASE));
    for (Map.Entry<List<String>, Direction> entry : lists) {
      for (String w : entry.getKey()) {
        int i = t.indexOf(w);
        if (i >= 0 && i < best) {
          best = i;
          dir = entry.getValue();
        }
      }
    }
    return dir;
  }
}
