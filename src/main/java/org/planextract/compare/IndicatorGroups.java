package org.planextract.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The entries of many plans gathered per canonical indicator, and inside it per comparison unit:
 * plans whose unit no conversion rule reaches are a group of their own, never mixed into another
 * unit's axis. Indicators are ordered by the number of plans that have them (most first), then id;
 * unit groups by size; entries by their target in the group's unit (highest first, entries
 * without a numeric target last), then baseline, then docId.
 */
public final class IndicatorGroups {
  /** One canonical indicator across plans. */
  public record Group(String canonicalId, String name, int plans, List<UnitGroup> units) {
    public Group {
      units = List.copyOf(units);
    }
  }

  /** The plans of one indicator that share a comparison unit ({@code unit} null: none printed). */
  public record UnitGroup(String unit, List<CompareEntry> entries) {
    public UnitGroup {
      entries = List.copyOf(entries);
    }
  }

  private static final Comparator<BigDecimal> HIGH_FIRST = Comparator.nullsLast(Comparator.reverseOrder());
  private static final Comparator<CompareEntry> ORDER = Comparator
      .comparing(IndicatorGroups::sortTarget, HIGH_FIRST)
      .thenComparing(CompareEntry::baselineCompared, HIGH_FIRST)
      .thenComparing(CompareEntry::docId);

  /** Groups the entries; {@code names} gives a display name per canonicalId (else the first printed name). */
  public List<Group> group(List<CompareEntry> entries, Map<String, String> names) {
    Map<String, List<CompareEntry>> byId = new LinkedHashMap<>();
    for (CompareEntry e : entries) {
      byId.computeIfAbsent(e.canonicalId(), k -> new ArrayList<>()).add(e);
    }
    List<Group> groups = new ArrayList<>();
    byId.forEach((id, list) -> {
      Map<String, List<CompareEntry>> byUnit = new LinkedHashMap<>();
      Set<String> docs = new LinkedHashSet<>();
      for (CompareEntry e : list) {
        byUnit.computeIfAbsent(Objects.toString(e.compareUnit(), ""), k -> new ArrayList<>()).add(e);
        docs.add(e.docId());
      }
      List<UnitGroup> units = new ArrayList<>();
      byUnit.forEach((unit, members) -> units.add(new UnitGroup(unit.isEmpty() ? null : unit,
          members.stream().sorted(ORDER).toList())));
      units.sort(Comparator.comparingInt((UnitGroup u) -> -u.entries().size())
          .thenComparing(u -> Objects.toString(u.unit(), "")));
      groups.add(new Group(id, names.getOrDefault(id, list.get(0).name()), docs.size(), units));
    });
    groups.sort(Comparator.comparingInt((Group g) -> -g.plans()).thenComparing(Group::canonicalId));
    return groups;
  }

  private static BigDecimal sortTarget(CompareEntry e) {
    return e.targetCompared() != null ? e.targetCompared() : e.targetMaxCompared();
  }
}
