package org.planextract.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.planextract.model.Period;

/**
 * The year markers of one sentence, as positions in the text with their year: 到2025年, 2020年底,
 * and 到“十四五”末 (the plan's end year).
 */
final class YearMarkers {
  private final List<int[]> years;

  private YearMarkers(List<int[]> years) {
    this.years = years;
  }

  static YearMarkers of(TargetRules rules, CharSequence folded, int from, int to, Period period) {
    List<int[]> years = new ArrayList<>();
    Matcher m = rules.yearMarker().matcher(folded).region(from, to);
    while (m.find()) {
      years.add(new int[] {m.start(), Integer.parseInt(m.group("year"))});
    }
    if (period != null) {
      Matcher p = rules.planEndMarker().matcher(folded).region(from, to);
      while (p.find()) {
        years.add(new int[] {p.start(), period.end()});
      }
    }
    years.sort((a, b) -> Integer.compare(a[0], b[0]));
    return new YearMarkers(years);
  }

  boolean isEmpty() {
    return years.isEmpty();
  }

  /** The year in force at a position: the last marker before it, else the plan's end in a goal section. */
  Integer yearAt(int position, boolean goal, Period period) {
    Integer year = null;
    for (int[] y : years) {
      if (y[0] < position) {
        year = y[1];
      }
    }
    if (year == null && goal && period != null) {
      year = period.end();
    }
    return year;
  }
}
