package org.planextract.structure;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.planextract.model.Region;
import org.planextract.model.RegionLevel;

/**
 * Known administrative regions (rules/regions.yaml), searched longest name first; of two regions of
 * one name (朝阳区 of Beijing and of Changchun), the first in the file. A name is looked up by hash at
 * each of the name lengths the gazetteer has, so a search costs the same with ten regions or ten
 * thousand.
 */
public final class Gazetteer {
  /** One region entry. */
  public record Entry(String name, String province, RegionLevel level) {}

  /** The first entry of each name. */
  private final Map<String, Entry> byName;
  /** The lengths of the names, longest first. */
  private final int[] lengths;

  public Gazetteer(List<Entry> entries) {
    Map<String, Entry> names = new HashMap<>();
    TreeSet<Integer> sizes = new TreeSet<>(Comparator.reverseOrder());
    for (Entry e : entries) {
      if (!e.name().isEmpty()) {
        names.putIfAbsent(e.name(), e);
        sizes.add(e.name().length());
      }
    }
    this.byName = Map.copyOf(names);
    this.lengths = sizes.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The issuing region named at the start of a title: the most specific of the leading run of
   * region names (河北省保定市… → 保定市), else the first region named anywhere in it.
   */
  public Region find(String title) {
    Run run = run(title);
    return run.last() != null ? new Region(run.last().name(), run.last().province(), run.last().level()) : anywhere(title);
  }

  /** Characters of the run of region names a title starts with (湖南省长沙市… → 6); 0 when none. */
  public int leadingRun(String title) {
    return run(title).end();
  }

  /** The run of region names at the start of a title: its most specific (last) entry and where it ends. */
  private record Run(Entry last, int end) {}

  private Run run(String title) {
    Entry last = null;
    int pos = 0;
    for (Optional<Entry> at = at(title, 0); at.isPresent(); at = at(title, pos)) {
      last = at.get();
      pos += last.name().length();
    }
    return new Run(last, pos);
  }

  /** The region named earliest in the title (the longest name starting there). */
  private Region anywhere(String title) {
    for (int pos = 0; pos < title.length(); pos++) {
      Optional<Entry> e = at(title, pos);
      if (e.isPresent()) {
        Entry best = e.get();
        return new Region(best.name(), best.province(), best.level());
      }
    }
    return Region.unknown();
  }

  /** The longest region name starting at {@code pos}. */
  private Optional<Entry> at(String title, int pos) {
    for (int length : lengths) {
      if (pos + length <= title.length()) {
        Entry e = byName.get(title.substring(pos, pos + length));
        if (e != null) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }
}
