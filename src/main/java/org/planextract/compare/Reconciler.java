package org.planextract.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planextract.extract.IndicatorDictionary;
import org.planextract.model.Indicator;
import org.planextract.model.Direction;
import org.planextract.model.Period;
import org.planextract.model.ReconciledPair;
import org.planextract.model.Reconciliation;
import org.planextract.model.ReconciliationItem;
import org.planextract.model.Target;
import org.planextract.model.TargetKind;
import org.planextract.model.Value;
import org.planextract.model.ValueKind;
import org.planextract.model.WarningCode;
import org.planextract.problems.Diagnostics;

/**
 * Links each running-text target or fact to the indicator row it restates and says whether they
 * agree. A text item restates a row when both have the same canonicalId, or the same name once
 * folded and stripped of a trailing unit in parentheses, and when its year is the year of the
 * row's target (a {@code target}) or of its baseline (a {@code fact}). A row's target year is its
 * value's year, else the plan's end year.
 *
 * <pre>
 *   table: 人均预期寿命 | 岁 | 78.3 | 79        text: 到2025年，人均预期寿命达到80岁
 *   → disagreeing pair (value), warning TARGET_TABLE_MISMATCH naming both lines
 * </pre>
 *
 * A pair where one side has no number (qualitative, missing), or whose change is stated against
 * another year, is marked not comparable and counted as agreeing. Pure and stateless.
 */
public final class Reconciler {
  /** A trailing unit in parentheses, as in 孕产妇死亡率（/10万）, folded to ASCII parentheses. */
  private static final Pattern TRAILING_PAREN = Pattern.compile("\\([^()]*\\)$");
  /** A four-digit year in a change's reference (比2015年). */
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
  private final IndicatorDictionary dictionary;

  /** A reconciler that compares names in the lookup form of {@code dictionary} (without 其中：). */
  public Reconciler(IndicatorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** Reconciles the indicator rows and text items of one plan; {@code period} may be null. */
  public Reconciliation reconcile(List<Indicator> indicators, List<Target> targets, Period period) {
    List<ReconciledPair> agreeing = new ArrayList<>();
    List<ReconciledPair> disagreeing = new ArrayList<>();
    List<ReconciliationItem> orphans = new ArrayList<>();
    Set<Integer> restated = new HashSet<>();
    // Rows by canonicalId and by phrase, so each text item is weighed only against the rows that
    // can name the same indicator (linear in the plan's size, not rows × targets).
    Map<String, List<Integer>> byId = new HashMap<>();
    Map<String, List<Integer>> byPhrase = new HashMap<>();
    for (int r = 0; r < indicators.size(); r++) {
      Indicator row = indicators.get(r);
      if (row.canonicalId() != null) {
        byId.computeIfAbsent(row.canonicalId(), k -> new ArrayList<>()).add(r);
      }
      byPhrase.computeIfAbsent(phrase(row.name()), k -> new ArrayList<>()).add(r);
    }
    for (Target t : targets) {
      ReconciledPair pair = null;
      SortedSet<Integer> candidates = new TreeSet<>();
      if (t.canonicalId() != null) {
        candidates.addAll(byId.getOrDefault(t.canonicalId(), List.of()));
      }
      if (t.indicator() != null) {
        candidates.addAll(byPhrase.getOrDefault(phrase(t.indicator()), List.of()));
      }
      for (int r : candidates) {
        pair = pair(indicators.get(r), t, period);
        if (pair != null) {
          restated.add(r);
          break;
        }
      }
      if (pair == null) {
        orphans.add(new ReconciliationItem(t.canonicalId(), Objects.toString(t.indicator(), ""), t.value().year(),
            t.value().raw(), t.line()));
      } else if (pair.differences().isEmpty()) {
        agreeing.add(pair);
      } else {
        disagreeing.add(pair);
      }
    }
    List<ReconciliationItem> unrestated = new ArrayList<>();
    for (int r = 0; r < indicators.size(); r++) {
      Indicator row = indicators.get(r);
      if (!restated.contains(r)) {
        unrestated.add(new ReconciliationItem(row.canonicalId(), row.name(), targetYear(row, period),
            row.target() == null ? null : row.target().raw(), row.line()));
      }
    }
    return new Reconciliation(agreeing, disagreeing, unrestated, orphans);
  }

  /** One TARGET_TABLE_MISMATCH warning per disagreeing pair, on the text's line. */
  public void report(Reconciliation reconciliation, Diagnostics diagnostics) {
    for (ReconciledPair p : reconciliation.disagreeing()) {
      diagnostics.warn(WarningCode.TARGET_TABLE_MISMATCH, p.textLine(), "line " + p.textLine() + " states "
          + p.textIndicator() + " " + p.textValue().raw() + " for " + p.year() + ", the indicator table on line "
          + p.tableLine() + " has " + p.tableValue().raw() + " (" + String.join(", ", p.differences()) + " differ)");
    }
  }

  private ReconciledPair pair(Indicator row, Target t, Period period) {
    if (!sameIndicator(row, t)) {
      return null;
    }
    Integer year = t.value().year();
    if (year == null) {
      return null;
    }
    String column;
    Value tableValue;
    if (t.kind() == TargetKind.TARGET && year.equals(targetYear(row, period)) && row.target() != null) {
      column = "target";
      tableValue = row.target();
    } else if (t.kind() == TargetKind.FACT && row.baseline() != null && year.equals(row.baseline().year())) {
      column = "baseline";
      tableValue = row.baseline();
    } else {
      return null;
    }
    Verdict verdict = verdict(row, tableValue, t.value(), column.equals("target"));
    return new ReconciledPair(row.canonicalId() != null ? row.canonicalId() : t.canonicalId(), row.name(),
        Objects.toString(t.indicator(), row.name()), column, year, tableValue, t.value(), row.line(), t.line(),
        verdict.comparable(), verdict.differences());
  }

  private boolean sameIndicator(Indicator row, Target t) {
    if (row.canonicalId() != null && row.canonicalId().equals(t.canonicalId())) {
      return true;
    }
    return t.indicator() != null && phrase(row.name()).equals(phrase(t.indicator()));
  }

  /** The normalized phrase of a name: dictionary key form without a trailing parenthesis. */
  String phrase(String name) {
    return TRAILING_PAREN.matcher(dictionary.key(name)).replaceFirst("");
  }

  private static Integer targetYear(Indicator row, Period period) {
    if (row.target() != null && row.target().year() != null) {
      return row.target().year();
    }
    return period == null ? null : period.end();
  }

  /** The verdict on one pair: whether it could be compared, and what differs. */
  record Verdict(boolean comparable, List<String> differences) {
    static final Verdict NOT_COMPARABLE = new Verdict(false, List.of());
  }

  /**
   * What differs between a row's value and a text value. Comparators differ only when they point
   * opposite ways (≥ against ≤): 达到80% restates ≥80. A change in the text against the row's
   * level target is checked as baseline ± change when it names no other year than the baseline's;
   * a change against a baseline value cannot be checked.
   */
  static Verdict verdict(Indicator row, Value table, Value text, boolean targetColumn) {
    if (!numeric(table) || !numeric(text)) {
      return Verdict.NOT_COMPARABLE;
    }
    List<String> out = new ArrayList<>();
    String tableUnit = table.unit() != null ? table.unit() : row.unit();
    if (table.kind() != text.kind()) {
      if (!targetColumn || table.kind() != ValueKind.LEVEL || text.kind() != ValueKind.CHANGE) {
        return Verdict.NOT_COMPARABLE;
      }
      BigDecimal expected = appliedChange(row, tableUnit, text);
      if (expected == null) {
        return Verdict.NOT_COMPARABLE;
      }
      if (!sameNumber(expected, table.value())) {
        out.add("value");
      }
      return new Verdict(true, out);
    }
    if (!sameNumber(table.value(), text.value()) || !sameNumber(table.min(), text.min())
        || !sameNumber(table.max(), text.max()) || table.direction() != text.direction()) {
      out.add("value");
    }
    if (sense(table) * sense(text) < 0) {
      out.add("comparator");
    }
    if (tableUnit != null && text.unit() != null && !tableUnit.equals(text.unit())) {
      out.add("unit");
    }
    return new Verdict(true, out);
  }

  /** Baseline ± an additive change, or null when the change is relative or against another year. */
  private static BigDecimal appliedChange(Indicator row, String rowUnit, Value change) {
    Value base = row.baseline();
    if (base == null || base.kind() != ValueKind.LEVEL || base.value() == null || change.value() == null
        || change.direction() == null || change.direction() == Direction.STABLE) {
      return null;
    }
    boolean additive = change.unit() == null || change.unit().equals(rowUnit)
        || ("百分点".equals(change.unit()) && "%".equals(rowUnit));
    if (!additive) {
      return null;
    }
    Matcher y = YEAR.matcher(change.raw() + " " + Objects.toString(change.reference(), ""));
    while (y.find()) {
      if (!Integer.valueOf(y.group()).equals(base.year())) {
        return null;
      }
    }
    return change.direction() == Direction.INCREASE ? base.value().add(change.value())
        : base.value().subtract(change.value());
  }

  /** +1 for a lower bound (≥ >), -1 for an upper bound (≤ <), 0 for = and ~. */
  private static int sense(Value v) {
    if (v.op() == null) {
      return 0;
    }
    return switch (v.op()) {
      case GE, GT -> 1;
      case LE, LT -> -1;
      case EQ, APPROX -> 0;
    };
  }

  private static boolean numeric(Value v) {
    return v.kind() != ValueKind.QUALITATIVE && v.kind() != ValueKind.MISSING;
  }

  private static boolean sameNumber(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}
