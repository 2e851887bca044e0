package org.planextract.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.planextract.normalize.TextNormalizer;

/**
 * The unit vocabulary (rules/values.yaml): every way a unit is written mapped to its canonical
 * form (1/10万 and /十万 → /10万; 个百分点 → 百分点, kept apart from %), and a regex alternation of
 * all spellings, longest first, for the value grammar.
 */
public final class Units {
  private final Map<String, String> canonicalByAlias;
  private final String alternation;

  /** @param aliases canonical unit → its spellings */
  public Units(Map<String, List<String>> aliases) {
    Map<String, String> map = new LinkedHashMap<>();
    aliases.forEach((canonical, spellings) -> {
      map.put(key(canonical), canonical);
      spellings.forEach(s -> map.put(key(s), canonical));
    });
    this.canonicalByAlias = Map.copyOf(map);
    List<String> all = new ArrayList<>(map.keySet());
    all.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    this.alternation = all.stream().map(Pattern::quote).collect(Collectors.joining("|"));
  }

  private static String key(String s) {
    return TextNormalizer.key(s);
  }

  /** The canonical unit of a spelling, if it is one. */
  public Optional<String> canonical(String written) {
    if (written == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(canonicalByAlias.get(key(written)));
  }

  /** A regex alternation (no group) of every spelling, longest first, over folded text. */
  public String alternation() {
    return alternation;
  }
}
