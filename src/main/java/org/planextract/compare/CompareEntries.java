package org.planextract.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planextract.extract.CanonicalIndicator;
import org.planextract.extract.IndicatorDictionary;
import org.planextract.extract.UnitConversions;
import org.planextract.model.Indicator;
import org.planextract.model.PlanDocument;
import org.planextract.model.Target;
import org.planextract.model.TargetKind;
import org.planextract.model.Value;
import org.planextract.model.ValueKind;

/**
 * A plan as one {@link CompareEntry} per canonical indicator, in the order the plan first names
 * them: the first indicator-table row with that id, else its running-text target (the one for the
 * plan's end year, else the latest) with the latest earlier fact as baseline. Rows and targets
 * without a canonicalId are not compared. Values are restated in the dictionary's unit for the
 * indicator when {@code conversions} says how.
 */
public final class CompareEntries {
  private final Map<String, CanonicalIndicator> dictionary = new LinkedHashMap<>();
  private final UnitConversions conversions;

  public CompareEntries(IndicatorDictionary dictionary, UnitConversions conversions) {
    dictionary.entries().forEach(e -> this.dictionary.put(e.id(), e));
    this.conversions = conversions;
  }

  /** The dictionary's preferred name of each canonical indicator, by id. */
  public Map<String, String> names() {
    Map<String, String> out = new LinkedHashMap<>();
    dictionary.forEach((id, e) -> out.put(id, e.name()));
    return out;
  }

  /** The entries of one plan. */
  public List<CompareEntry> of(PlanDocument doc) {
    Map<String, CompareEntry> byId = new LinkedHashMap<>();
    for (Indicator i : doc.indicators()) {
      if (i.canonicalId() != null && !byId.containsKey(i.canonicalId())) {
        String unit = firstNonNull(i.unit(), unit(i.target()), unit(i.baseline()));
        byId.put(i.canonicalId(), entry(doc, i.canonicalId(), i.name(), unit, i.baseline(), i.target(), i.nature()
            == null ? null : i.nature(), i.line(), "table"));
      }
    }
    Map<String, List<Target>> text = new LinkedHashMap<>();
    for (Target t : doc.targets()) {
      if (t.canonicalId() != null && !byId.containsKey(t.canonicalId())) {
        text.computeIfAbsent(t.canonicalId(), k -> new ArrayList<>()).add(t);
      }
    }
    text.forEach((id, items) -> byId.put(id, textEntry(doc, id, items)));
    return List.copyOf(byId.values());
  }

  private CompareEntry textEntry(PlanDocument doc, String id, List<Target> items) {
    Integer end = doc.period() == null ? null : doc.period().end();
    Comparator<Target> byYear = Comparator.comparing(t -> t.value().year() == null ? Integer.MIN_VALUE : t.value().year());
    Optional<Target> target = items.stream().filter(t -> t.kind() == TargetKind.TARGET)
        .filter(t -> end != null && end.equals(t.value().year())).findFirst()
        .or(() -> items.stream().filter(t -> t.kind() == TargetKind.TARGET).max(byYear));
    Optional<Target> fact = items.stream().filter(t -> t.kind() == TargetKind.FACT).max(byYear);
    Target shown = target.orElseGet(fact::orElseThrow);
    Value targetValue = target.map(Target::value).orElse(null);
    Value baselineValue = fact.map(Target::value).orElse(null);
    String unit = firstNonNull(unit(targetValue), unit(baselineValue),
        dictionary.containsKey(id) ? dictionary.get(id).unit() : null);
    return entry(doc, id, shown.indicator() == null ? id : shown.indicator(), unit, baselineValue, targetValue, null,
        shown.line(), "text");
  }

  private CompareEntry entry(PlanDocument doc, String id, String name, String unit, Value baseline, Value target,
      org.planextract.model.Nature nature, int line, String source) {
    CanonicalIndicator canonical = dictionary.get(id);
    String wanted = canonical == null ? null : canonical.unit();
    String compareUnit = wanted != null && conversions.factor(unit, wanted).isPresent() ? wanted : unit;
    return new CompareEntry(doc.docId(), doc.title(), doc.region() == null ? null : doc.region().name(),
        doc.region() == null ? null : doc.region().province(),
        doc.region() == null || doc.region().level() == null ? null : doc.region().level().wire(),
        doc.period() == null ? null : doc.period().start() + "-" + doc.period().end(), id, name, unit, baseline,
        target, nature, line, source, compareUnit,
        compared(baseline, unit, compareUnit, ValueKind.LEVEL, Value::value),
        compared(target, unit, compareUnit, ValueKind.LEVEL, Value::value),
        compared(target, unit, compareUnit, ValueKind.RANGE, Value::min),
        compared(target, unit, compareUnit, ValueKind.RANGE, Value::max));
  }

  private BigDecimal compared(Value v, String rowUnit, String compareUnit, ValueKind kind,
      java.util.function.Function<Value, BigDecimal> field) {
    if (v == null || v.kind() != kind) {
      return null;
    }
    String from = v.unit() != null ? v.unit() : rowUnit;
    if (from == null && compareUnit == null) {
      return field.apply(v);
    }
    return conversions.convert(field.apply(v), from, compareUnit).orElse(null);
  }

  private static String unit(Value v) {
    return v == null ? null : v.unit();
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
