package org.planextract.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planextract.model.Period;
import org.planextract.model.ValueKind;
import org.planextract.normalize.TextNormalizer;

/**
 * Decides what each column of an indicator table holds. Content decides where it is unmistakable
 * (a column of 预期性/约束性, or of ★ marks and empty cells, is the nature column, a column of units the unit column, increasing
 * small integers the 序号), because headers are often shifted against the body (an empty corner
 * cell, a merged 指标性质). The name is the longest non-numeric column, the category the
 * non-numeric column left of it, and the remaining numeric columns are values whose years come
 * from the header (2020年 | 2025年, 2025年目标值), by position or in order.
 */
final class IndicatorColumns {
  /** A 序号 cell: one to three digits. */
  private static final Pattern SMALL_NUMBER = Pattern.compile("[0-9]{1,3}");
  private static final double MAJORITY = 0.5;
  private static final double SEQ_SHARE = 0.8;
  /** Longest average cell of a column taken for units by its header alone (元/人·月). */
  private static final int MAX_UNIT_CHARS = 8;

  private final IndicatorTableRules rules;
  private final ValueParser values;
  private final Units units;

  IndicatorColumns(IndicatorTableRules rules, ValueParser values, Units units) {
    this.rules = rules;
    this.values = values;
    this.units = units;
  }

  /** Column of each role (-1 when absent) and the year of the value columns. */
  record Layout(Map<ColumnRole, Integer> columns, Map<ColumnRole, Integer> years) {
    int column(ColumnRole role) {
      return columns.getOrDefault(role, -1);
    }

    Integer year(ColumnRole role) {
      return years.get(role);
    }
  }

  /** Per-column statistics over the body. */
  private record Stats(int nonEmpty, double nature, double seq, double unit, double numeric, double avgLength,
      boolean increasing) {}

  Optional<Layout> layout(List<List<String>> header, List<List<String>> rows, Period period) {
    int width = rows.stream().mapToInt(List::size).max().orElse(0);
    List<Stats> stats = new ArrayList<>();
    List<String> headers = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      stats.add(stats(rows, c));
      StringBuilder h = new StringBuilder();
      for (List<String> hr : header) {
        if (c < hr.size() && !h.toString().endsWith(key(hr.get(c)))) {
          h.append(key(hr.get(c)));
        }
      }
      headers.add(h.toString());
    }
    Map<ColumnRole, Integer> roles = new EnumMap<>(ColumnRole.class);
    pick(roles, ColumnRole.NATURE, stats, s -> s.nature() >= MAJORITY, s -> s.nature());
    pick(roles, ColumnRole.UNIT, stats, s -> s.unit() >= MAJORITY && s.numeric() < MAJORITY, s -> s.unit());
    for (int c = 0; c < width && !roles.containsKey(ColumnRole.SEQ); c++) {
      Stats s = stats.get(c);
      if (!roles.containsValue(c) && s.seq() >= SEQ_SHARE && s.increasing() && !namesValues(headers.get(c))) {
        roles.put(ColumnRole.SEQ, c);
      }
    }
    // A 单位 column whose units the dictionary does not know (亿吨, 万标箱): its header says so.
    for (int c = 0; c < width && !roles.containsKey(ColumnRole.UNIT); c++) {
      if (!roles.containsValue(c) && has(ColumnRole.UNIT, headers.get(c)) && stats.get(c).numeric() < MAJORITY
          && stats.get(c).nonEmpty() > 0 && stats.get(c).avgLength() <= MAX_UNIT_CHARS) {
        roles.put(ColumnRole.UNIT, c);
      }
    }
    pick(roles, ColumnRole.NAME, stats, s -> s.numeric() < MAJORITY && s.nonEmpty() > 0, Stats::avgLength);
    int name = roles.getOrDefault(ColumnRole.NAME, -1);
    if (name < 0) {
      return Optional.empty();
    }
    for (int c = 0; c < width && !roles.containsKey(ColumnRole.PERIOD_TOTAL); c++) {
      String h = headers.get(c);
      if (!roles.containsValue(c) && has(ColumnRole.PERIOD_TOTAL, h) && year(h) == null && !has(ColumnRole.TARGET, h)
          && !has(ColumnRole.BASELINE, h)) {
        roles.put(ColumnRole.PERIOD_TOTAL, c);
      }
    }
    // The category: the text column its header names (领域, 类别), else the nearest text column left
    // of the name, else one right of it (tables that put the category last).
    for (int c = 0; c < width && !roles.containsKey(ColumnRole.CATEGORY); c++) {
      if (!roles.containsValue(c) && stats.get(c).numeric() < MAJORITY && stats.get(c).nonEmpty() > 0
          && has(ColumnRole.CATEGORY, headers.get(c))) {
        roles.put(ColumnRole.CATEGORY, c);
      }
    }
    for (int c = name - 1; c >= 0 && !roles.containsKey(ColumnRole.CATEGORY); c--) {
      if (!roles.containsValue(c) && stats.get(c).numeric() < MAJORITY) {
        roles.put(ColumnRole.CATEGORY, c);
      }
    }
    for (int c = name + 1; c < width && !roles.containsKey(ColumnRole.CATEGORY); c++) {
      if (!roles.containsValue(c) && stats.get(c).numeric() < MAJORITY && stats.get(c).nonEmpty() > 0
          && !namesValues(headers.get(c))) {
        roles.put(ColumnRole.CATEGORY, c);
      }
    }
    List<Integer> valueColumns = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      if (!roles.containsValue(c) && (stats.get(c).numeric() >= MAJORITY || namesValues(headers.get(c)))) {
        valueColumns.add(c);
      }
    }
    if (valueColumns.isEmpty()) {
      return Optional.empty();
    }
    Map<ColumnRole, Integer> years = new EnumMap<>(ColumnRole.class);
    assignValues(valueColumns, headers, roles, years, period);
    return Optional.of(new Layout(roles, years));
  }

  private void assignValues(List<Integer> valueColumns, List<String> headers, Map<ColumnRole, Integer> roles,
      Map<ColumnRole, Integer> years, Period period) {
    List<Integer> columnYears = new ArrayList<>();
    boolean allKnown = true;
    for (int c : valueColumns) {
      Integer y = year(headers.get(c));
      columnYears.add(y);
      allKnown &= y != null || has(ColumnRole.TARGET, headers.get(c)) || has(ColumnRole.BASELINE, headers.get(c));
    }
    if (!allKnown) {
      List<Integer> mentioned = new ArrayList<>();
      Matcher m = rules.year().matcher(String.join("|", headers));
      while (m.find()) {
        mentioned.add(Integer.parseInt(m.group("year")));
      }
      if (mentioned.size() == valueColumns.size()) {
        columnYears = mentioned;
      }
    }
    int target = valueColumns.size() - 1;
    int baseline = valueColumns.size() >= 2 ? valueColumns.size() - 2 : -1;
    Integer maxYear = columnYears.stream().filter(y -> y != null).max(Integer::compare).orElse(null);
    Integer minYear = columnYears.stream().filter(y -> y != null).min(Integer::compare).orElse(null);
    if (maxYear != null && valueColumns.size() >= 2 && !maxYear.equals(minYear)) {
      target = columnYears.indexOf(maxYear);
      baseline = columnYears.indexOf(minYear);
      if (period != null && columnYears.contains(period.end()) && !minYear.equals(period.end())) {
        // 2020年 | 2023年 | 2025年 | 2035年 in a 十四五 plan: the target is the plan's end year
        target = columnYears.indexOf(period.end());
      }
    }
    if (maxYear == null && valueColumns.size() == 2) {
      // no years in the headers: 基期值 and 目标值 say which is which, whatever their order
      for (int i = 0; i < 2; i++) {
        String h = headers.get(valueColumns.get(i));
        if (has(ColumnRole.BASELINE, h) && !has(ColumnRole.TARGET, h)
            && has(ColumnRole.TARGET, headers.get(valueColumns.get(1 - i)))) {
          baseline = i;
          target = 1 - i;
        }
      }
    }
    if (valueColumns.size() == 1 && columnYears.get(0) != null && period != null && columnYears.get(0) < period.end()
        || valueColumns.size() == 1 && has(ColumnRole.BASELINE, headers.get(valueColumns.get(0)))) {
      baseline = 0;
      target = -1;
    }
    if (target >= 0) {
      roles.put(ColumnRole.TARGET, valueColumns.get(target));
      Integer y = columnYears.get(target);
      years.put(ColumnRole.TARGET, y != null ? y : period == null ? null : period.end());
    }
    if (roles.containsKey(ColumnRole.PERIOD_TOTAL)) {
      years.put(ColumnRole.PERIOD_TOTAL, years.getOrDefault(ColumnRole.TARGET, period == null ? null : period.end()));
    }
    if (baseline >= 0) {
      roles.put(ColumnRole.BASELINE, valueColumns.get(baseline));
      Integer y = columnYears.get(baseline);
      years.put(ColumnRole.BASELINE, y != null ? y : period == null ? null : period.start() - 1);
    }
  }

  private Integer year(String header) {
    Matcher m = rules.year().matcher(header);
    return m.find() ? Integer.valueOf(m.group("year")) : null;
  }

  private boolean namesValues(String header) {
    return year(header) != null || has(ColumnRole.TARGET, header) || has(ColumnRole.BASELINE, header);
  }

  private boolean has(ColumnRole role, String header) {
    return rules.headerWords().getOrDefault(role, List.of()).stream().anyMatch(header::contains);
  }

  private interface Score {
    double of(Stats s);
  }

  private interface Test {
    boolean ok(Stats s);
  }

  private static void pick(Map<ColumnRole, Integer> roles, ColumnRole role, List<Stats> stats, Test test, Score score) {
    int best = -1;
    for (int c = 0; c < stats.size(); c++) {
      if (roles.containsValue(c) || !test.ok(stats.get(c))) {
        continue;
      }
      if (best < 0 || score.of(stats.get(c)) > score.of(stats.get(best))) {
        best = c;
      }
    }
    if (best >= 0) {
      roles.put(role, best);
    }
  }

  private Stats stats(List<List<String>> rows, int c) {
    int nonEmpty = 0;
    int nature = 0;
    int seq = 0;
    int unit = 0;
    int numeric = 0;
    int length = 0;
    int increasing = 0;
    int ints = 0;
    Integer last = null;
    for (List<String> row : rows) {
      String cell = c < row.size() ? key(row.get(c)) : "";
      if (cell.isEmpty()) {
        continue;
      }
      nonEmpty++;
      length += cell.length();
      if (rules.cellNature(cell).isPresent()) {
        nature++;
      }
      if (SMALL_NUMBER.matcher(cell).matches()) {
        seq++;
        int n = Integer.parseInt(cell);
        if (last == null || n >= last) {
          increasing++;
        }
        last = n;
        ints++;
      }
      if (units.canonical(cell).isPresent()) {
        unit++;
      }
      ValueKind kind = values.parse(cell, null).value().kind();
      if (kind != ValueKind.QUALITATIVE) {
        numeric++;
      }
    }
    double n = Math.max(nonEmpty, 1);
    return new Stats(nonEmpty, nature / n, seq / n, unit / n, numeric / n, length / n,
        ints > 0 && increasing >= ints * SEQ_SHARE);
  }

  private static String key(String s) {
    return TextNormalizer.key(s);
  }
}
