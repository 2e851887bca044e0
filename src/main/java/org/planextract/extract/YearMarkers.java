package org.planextract.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.planextract.model.Period;
import org.planextract.numerals.ChineseNumerals;
import org.planextract.problems.CancellableText;
import org.planextract.problems.Cancellation;

/**
 * The year markers of one sentence, as positions in the text with their year: 到2025年, 2020年底,
 * 到“十三五”末 (the end of that five-year plan: 2020) and 到规划期末, 到“三年行动”末 (the plan's end
 * year), as rules/targets.yaml {@code planEndMarker} says.
 */
final class YearMarkers {
  private final List<int[]> years;

  private YearMarkers(List<int[]> years) {
    this.years = years;
  }

  /**
   * Finds the year markers of sentences with one rule set's two marker patterns. Each pattern is
   * tried only on a sentence holding its required words ({@link TriggerLiterals}: 年 for a year,
   * 末 for a period end), which most sentences of a plan do not.
   */
  static final class Finder {
    private final TargetRules rules;
    /** Required words of each pattern; null when a pattern cannot be analysed (always tried). */
    private final List<List<String>> yearWords;
    private final List<List<String>> endWords;

    Finder(TargetRules rules) {
      this.rules = rules;
      this.yearWords = TriggerLiterals.of(rules.yearMarker().pattern());
      this.endWords = TriggerLiterals.of(rules.planEndMarker().pattern());
    }

    /** The markers in {@code folded} between {@code from} and {@code to}, matched under {@code cancellation}. */
    YearMarkers find(String folded, Cancellation cancellation, int from, int to, Period period) {
      String sentence = folded.substring(from, to);
      CharSequence checked = new CancellableText(folded, cancellation);
      List<int[]> years = new ArrayList<>();
      if (yearWords == null || TriggerLiterals.mayMatch(yearWords, sentence)) {
        Matcher m = rules.yearMarker().matcher(checked).region(from, to);
        while (m.find()) {
          years.add(new int[] {m.start(), Integer.parseInt(m.group("year"))});
        }
      }
      if (endWords == null || TriggerLiterals.mayMatch(endWords, sentence)) {
        Matcher p = rules.planEndMarker().matcher(checked).region(from, to);
        while (p.find()) {
          Integer end = endYear(p, period);
          if (end != null) {
            years.add(new int[] {p.start(), end});
          }
        }
      }
      years.sort((x, y) -> Integer.compare(x[0], y[0]));
      return new YearMarkers(years);
    }
  }

  /**
   * The year a period-end marker names: the N-th five-year plan (十N五) ends in 1955 + 5N (十三五 →
   * 2020, 十四五 → 2025); any other period (规划期末, “三年行动”末) is the plan's own, null if unknown.
   */
  private static Integer endYear(Matcher m, Period period) {
    String five = groupOrNull(m, "five");
    if (five != null) {
      java.util.OptionalInt n = new ChineseNumerals().parse(five.substring(0, five.length() - 1));
      if (n.isPresent()) {
        return 1955 + 5 * n.getAsInt();
      }
    }
    return period == null ? null : period.end();
  }

  private static String groupOrNull(Matcher m, String group) {
    return m.pattern().pattern().contains("(?<" + group + ">") ? m.group(group) : null;
  }

  boolean isEmpty() {
    return years.isEmpty();
  }

  /**
   * The year in force at a position: the last marker before it (a binary search: a hostile sentence
   * holds 10^5 markers), else the plan's end in a goal section.
   */
  Integer yearAt(int position, boolean goal, Period period) {
    int lo = 0;
    int hi = years.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (years.get(mid)[0] < position) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    Integer year = lo == 0 ? null : years.get(lo - 1)[1];
    if (year == null && goal && period != null) {
      year = period.end();
    }
    return year;
  }
}
