package org.planextract.extract;

import org.planextract.decision.Decision.Stage;
import org.planextract.decision.Decisions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planextract.problems.Diagnostics;
import org.planextract.model.Indicator;
import org.planextract.model.Nature;
import org.planextract.model.Period;
import org.planextract.model.Table;
import org.planextract.model.TableKind;
import org.planextract.model.Value;
import org.planextract.model.ValueKind;
import org.planextract.model.WarningCode;
import org.planextract.normalize.TextNormalizer;
import org.planextract.structure.TableBuilder.Built;

/**
 * Turns the rows of indicator tables (主要指标) into {@link Indicator}s comparable across cities.
 * Columns get their roles from {@link IndicatorColumns}; categories merged over rows are filled
 * down; a 序号 run into the name is split off (5.5岁以下儿童死亡率 = 5 + 5岁以下儿童死亡率) when it
 * continues the sequence; 其中： rows point to their parent; a repeated 序号 is warned about.
 *
 * <p>Unit order: unit column, then a unit in the name's parentheses (人均预期寿命（岁）), then a
 * unit printed with a value (＜5.2‰), then the dictionary default ({@code unitInferred: true}).
 */
public final class IndicatorTableExtractor {
  /** A 序号: one to four digits. */
  private static final Pattern SEQ_NUMBER = Pattern.compile("[0-9]{1,4}");
  private final IndicatorTableRules rules;
  private final ValueParser values;
  private final Units units;
  private final IndicatorDictionary dictionary;
  private final IndicatorColumns columns;

  public IndicatorTableExtractor(IndicatorTableRules rules, ValueParser values, Units units,
      IndicatorDictionary dictionary) {
    this.rules = rules;
    this.values = values;
    this.units = units;
    this.dictionary = dictionary;
    this.columns = new IndicatorColumns(rules, values, units);
  }

  /** The indicators of the indicator tables; every body row's verdict goes to {@code decisions}. */
  public List<Indicator> extract(List<Built> tables, Period period, Diagnostics diagnostics, Decisions decisions) {
    List<Indicator> out = new ArrayList<>();
    for (Built built : tables) {
      if (built.table().kind() == TableKind.INDICATORS) {
        out.addAll(extract(built, period, diagnostics, decisions));
      }
    }
    return out;
  }

  private List<Indicator> extract(Built built, Period period, Diagnostics diagnostics, Decisions decisions) {
    Table table = built.table();
    Optional<IndicatorColumns.Layout> found = columns.layout(table.header(), table.rows(), period);
    if (found.isEmpty()) {
      decisions.reject(Stage.INDICATOR, table.line(), null, String.valueOf(table.caption()), table.id(), null,
          "no name column found: the table's rows are not read as indicators");
      return List.of();
    }
    IndicatorColumns.Layout layout = found.get();
    List<Indicator> out = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    String category = null;
    Integer lastSeq = null;
    Integer parentSeq = null;
    boolean namesMarkBinding = table.rows().stream()
        .anyMatch(row -> mark(cell(row, layout.column(ColumnRole.NAME))).map(m -> m.nature() == Nature.BINDING).orElse(false));
    // A nature column of marks (★ for binding, the other cells empty, 注：带★为约束性指标).
    boolean columnMarksBinding = layout.column(ColumnRole.NATURE) >= 0 && table.rows().stream()
        .map(row -> TextNormalizer.key(cell(row, layout.column(ColumnRole.NATURE))))
        .anyMatch(key -> rules.natureMarks().getOrDefault(Nature.BINDING, List.of()).contains(key));
    for (int r = 0; r < table.rows().size(); r++) {
      List<String> row = table.rows().get(r);
      String name = cell(row, layout.column(ColumnRole.NAME));
      if (name.isEmpty() || isHeaderWord(name)) {
        decisions.reject(Stage.INDICATOR, built.bodyLines().get(r), null, String.join(" | ", row), null, null,
            name.isEmpty() ? "empty name cell" : "a header word, not an indicator: " + name);
        continue;
      }
      Optional<NatureMark> mark = mark(name);
      if (mark.isPresent()) {
        name = mark.get().name();
      }
      String cat = cell(row, layout.column(ColumnRole.CATEGORY));
      if (!cat.isEmpty()) {
        category = cat;
      }
      Integer seq = integer(cell(row, layout.column(ColumnRole.SEQ)));
      if (layout.column(ColumnRole.SEQ) < 0) {
        Matcher m = rules.seqInName().matcher(name);
        if (m.matches()) {
          int n = Integer.parseInt(m.group("seq"));
          if (lastSeq == null ? n == 1 : n == lastSeq + 1) {
            seq = n;
            name = m.group("name").strip();
          }
        }
      }
      boolean sub = rules.subIndicatorPrefix().matcher(TextNormalizer.fold(name)).lookingAt();
      if (!sub) {
        parentSeq = seq;
      }
      String unit = units.canonical(cell(row, layout.column(ColumnRole.UNIT))).orElse(null);
      String unitRaw = cell(row, layout.column(ColumnRole.UNIT));
      // A placeholder (—, /) in the unit column says there is no unit.
      if (unit == null && !unitRaw.isEmpty() && values.parse(unitRaw, null).value().kind() != ValueKind.MISSING) {
        unit = unitRaw;
      }
      Optional<String[]> nameUnit = unitInName(name);
      if (nameUnit.isPresent()) {
        name = nameUnit.get()[0];
        if (unit == null) {
          unit = nameUnit.get()[1];
        }
      }
      if (seq != null) {
        if (!seen.add(seq)) {
          diagnostics.warn(WarningCode.DUPLICATE_SEQ, built.bodyLines().get(r),
              "序号 " + seq + " repeats (indicator " + name + ")");
        }
        lastSeq = seq;
      }
      Value baseline = value(row, layout, ColumnRole.BASELINE, built.bodyLines().get(r), diagnostics);
      Value target = value(row, layout, ColumnRole.TARGET, built.bodyLines().get(r), diagnostics);
      if (target == null || target.kind() == ValueKind.MISSING) {
        Value total = value(row, layout, ColumnRole.PERIOD_TOTAL, built.bodyLines().get(r), diagnostics);
        target = total == null || total.kind() == ValueKind.MISSING ? target : total;
      }
      if (unit == null) {
        unit = levelUnit(target).or(() -> levelUnit(baseline)).orElse(null);
      }
      Optional<CanonicalIndicator> canonical = dictionary.find(name);
      boolean inferred = false;
      if (unit == null && canonical.isPresent() && canonical.get().unit() != null) {
        unit = canonical.get().unit();
        inferred = true;
      }
      if (canonical.isEmpty()) {
        diagnostics.warn(WarningCode.UNKNOWN_INDICATOR, built.bodyLines().get(r),
            "indicator '" + name + "' is not in rules/indicators.yaml (no canonicalId)");
      }
      String natureRaw = cell(row, layout.column(ColumnRole.NATURE));
      Nature nature = rules.cellNature(TextNormalizer.key(natureRaw)).orElse(null);
      if (nature == null && mark.isPresent()) {
        nature = mark.get().nature();
        natureRaw = mark.get().raw();
      } else if (nature == null && natureRaw.isEmpty()
          && (layout.column(ColumnRole.NATURE) < 0 ? namesMarkBinding : columnMarksBinding)) {
        nature = Nature.EXPECTED;
      }
      decisions.accept(Stage.INDICATOR, built.bodyLines().get(r), null, String.join(" | ", row), name,
          "tables.indicatorColumns", "row of " + table.id() + (canonical.isEmpty() ? ", no canonical id"
              : " → " + canonical.get().id()));
      out.add(new Indicator(seq, sub ? parentSeq : null, category, name, unit, inferred,
          canonical.map(CanonicalIndicator::id).orElse(null), baseline, target, nature,
          natureRaw.isEmpty() ? null : natureRaw, table.id(), built.bodyLines().get(r)));
    }
    return out;
  }

  private Value value(List<String> row, IndicatorColumns.Layout layout, ColumnRole role, int line, Diagnostics diagnostics) {
    int c = layout.column(role);
    if (c < 0) {
      return null;
    }
    ValueParser.Parse parse = values.parse(cell(row, c), layout.year(role));
    if (parse.problem() != null) {
      diagnostics.warn(WarningCode.VALUE_UNPARSED, line, parse.problem());
    }
    return parse.value();
  }

  private static Optional<String> levelUnit(Value v) {
    if (v == null || v.unit() == null || v.kind() == ValueKind.CHANGE || v.kind() == ValueKind.ANNUAL_CHANGE) {
      return Optional.empty();
    }
    return Optional.of(v.unit());
  }

  /** A trailing （unit） on a name: 人均预期寿命（岁） → [人均预期寿命, 岁]. */
  private Optional<String[]> unitInName(String name) {
    String folded = TextNormalizer.fold(name).stripTrailing();
    if (!folded.endsWith(")")) {
      return Optional.empty();
    }
    int open = folded.lastIndexOf('(');
    if (open <= 0) {
      return Optional.empty();
    }
    String inside = folded.substring(open + 1, folded.length() - 1);
    return units.canonical(inside).map(u -> new String[] {name.substring(0, open).strip(), u});
  }

  /** A name less its nature mark, what the mark means and the mark as written. */
  private record NatureMark(String name, Nature nature, String raw) {}

  /** A nature mark at the start or end of a name: ★每千人口床位数, 孕产妇死亡率〔约束性〕. */
  private Optional<NatureMark> mark(String name) {
    String folded = TextNormalizer.fold(name).strip();
    for (Map.Entry<Nature, List<String>> e : new EnumMap<>(rules.natureMarks()).entrySet()) {
      for (String m : e.getValue()) {
        if (folded.length() > m.length() && folded.endsWith(m)) {
          return Optional.of(new NatureMark(name.strip().substring(0, folded.length() - m.length()).strip(), e.getKey(),
              name.strip().substring(folded.length() - m.length())));
        }
        if (folded.length() > m.length() && folded.startsWith(m)) {
          return Optional.of(new NatureMark(name.strip().substring(m.length()).strip(), e.getKey(),
              name.strip().substring(0, m.length())));
        }
      }
    }
    return Optional.empty();
  }

  private boolean isHeaderWord(String name) {
    String key = TextNormalizer.key(name);
    return rules.headerWords().getOrDefault(ColumnRole.NAME, List.of()).contains(key);
  }

  private static String cell(List<String> row, int column) {
    return column >= 0 && column < row.size() ? row.get(column).strip() : "";
  }

  private static Integer integer(String text) {
    String t = TextNormalizer.fold(text).strip();
    return SEQ_NUMBER.matcher(t).matches() ? Integer.valueOf(t) : null;
  }
}
