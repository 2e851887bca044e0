package org.planextract.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.planextract.model.Region;
import org.planextract.model.RegionLevel;

/** Known administrative regions (rules/regions.yaml), searched longest name first. */
public final class Gazetteer {
  /** One region entry. */
  public record Entry(String name, String province, RegionLevel level) {}

  private final List<Entry> byLength;

  public Gazetteer(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparingInt((Entry e) -> -e.name().length()).thenComparing(Entry::name));
    this.byLength = List.copyOf(sorted);
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

  private Region anywhere(String title) {
    Entry best = null;
    int earliest = Integer.MAX_VALUE;
    for (Entry e : byLength) {
      int i = title.indexOf(e.name());
      if (i >= 0 && i < earliest) {
        earliest = i;
        best = e;
      }
    }
    return best == null ? Region.unknown() : new Region(best.name(), best.province(), best.level());
  }

  private Optional<Entry> at(String title, int pos) {
    for (Entry e : byLength) {
      if (title.startsWith(e.name(), pos)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
