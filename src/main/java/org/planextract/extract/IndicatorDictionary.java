package org.planextract.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.planextract.normalize.TextNormalizer;

/**
 * The canonical indicator dictionary (rules/indicators.yaml). A name is looked up folded, without
 * spaces and without a leading 其中：; an exact name or alias wins over a pattern, and patterns
 * are tried in file order and must match the whole name.
 */
public final class IndicatorDictionary {
  private static final Pattern SUB_PREFIX = Pattern.compile("^(?:其中|含)[:：]?");
  private final List<CanonicalIndicator> entries;
  private final Map<String, CanonicalIndicator> byName;

  public IndicatorDictionary(List<CanonicalIndicator> entries) {
    this.entries = List.copyOf(entries);
    Map<String, CanonicalIndicator> map = new HashMap<>();
    for (CanonicalIndicator e : entries) {
      map.putIfAbsent(key(e.name()), e);
      e.aliases().forEach(a -> map.putIfAbsent(key(a), e));
    }
    this.byName = Map.copyOf(map);
  }

  /** The lookup form of a name: folded, no spaces, no leading 其中：. */
  public static String key(String name) {
    return SUB_PREFIX.matcher(TextNormalizer.fold(name).replaceAll("\\s+", "")).replaceFirst("");
  }

  public Optional<CanonicalIndicator> find(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String key = key(name);
    CanonicalIndicator exact = byName.get(key);
    if (exact != null) {
      return Optional.of(exact);
    }
    for (CanonicalIndicator e : entries) {
      for (Pattern p : e.patterns()) {
        if (p.matcher(key).matches()) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }

  public List<CanonicalIndicator> entries() {
    return entries;
  }
}
