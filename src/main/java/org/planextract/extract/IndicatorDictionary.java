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
  /** What a sub-indicator name starts with (rules/indicators.yaml subIndicatorPrefix): 其中：. */
  private final Pattern subPrefix;
  private final List<String> qualifiersAsWritten;
  private final List<CanonicalIndicator> entries;
  private final Map<String, CanonicalIndicator> byName;
  private final List<String> qualifiers;
  /** Every name and alias key with its entry, in key order (the order mentions are looked for in). */
  private final List<Map.Entry<String, CanonicalIndicator>> namesInOrder;

  /** The same key rules (qualifiers, sub-indicator prefix) over other entries: for tests and tools. */
  public IndicatorDictionary withEntries(List<CanonicalIndicator> others) {
    return new IndicatorDictionary(others, qualifiersAsWritten, subPrefix);
  }

  public IndicatorDictionary(List<CanonicalIndicator> entries, List<String> qualifiers, Pattern subPrefix) {
    this.entries = List.copyOf(entries);
    this.subPrefix = subPrefix;
    this.qualifiersAsWritten = List.copyOf(qualifiers);
    List<String> q = new java.util.ArrayList<>(qualifiers.stream().map(this::key).toList());
    q.sort(java.util.Comparator.comparingInt(String::length).reversed());
    this.qualifiers = List.copyOf(q);
    Map<String, CanonicalIndicator> map = new HashMap<>();
    for (CanonicalIndicator e : entries) {
      map.putIfAbsent(key(e.name()), e);
      e.aliases().forEach(a -> map.putIfAbsent(key(a), e));
    }
    this.byName = Map.copyOf(map);
    this.namesInOrder = List.copyOf(new java.util.TreeMap<>(map).entrySet());
  }

  /** The lookup form of a name: folded, no spaces, no leading 其中：. */
  public String key(String name) {
    return subPrefix.matcher(TextNormalizer.key(name)).replaceFirst("");
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

  /**
   * An indicator named at the end of a longer phrase (全市人均预期寿命 → life_expectancy): the whole
   * phrase first, else the longest name or alias that ends it when what comes before is one of the
   * qualifiers of rules/indicators.yaml (全市, 城乡 …). 居民心理健康素养水平 is not 健康素养水平.
   */
  public Optional<CanonicalIndicator> search(String phrase) {
    Optional<CanonicalIndicator> whole = find(phrase);
    if (whole.isPresent() || phrase == null) {
      return whole;
    }
    String key = key(phrase);
    for (String qualifier : qualifiers) {
      if (key.startsWith(qualifier) && key.length() > qualifier.length()) {
        Optional<CanonicalIndicator> rest = find(key.substring(qualifier.length()));
        if (rest.isPresent()) {
          return rest;
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a name or alias starts the text (全国… when a name begins with 全国). */
  public boolean startsWithName(String text) {
    String key = key(text);
    return namesInOrder.stream().anyMatch(e -> !e.getKey().isEmpty() && key.startsWith(e.getKey()));
  }

  /** A name or alias written in running text: where it is and the entry it names. */
  public record Mention(int start, int end, CanonicalIndicator entry) {}

  /**
   * The name or alias written last in a folded text (the one ending last; of two ending there, the
   * longer): what a pronoun after it (其, 该指标) stands for. Names only, not patterns.
   */
  public Optional<Mention> lastMention(String folded) {
    Mention best = null;
    for (Map.Entry<String, CanonicalIndicator> e : namesInOrder) {
      String k = e.getKey();
      int at = k.isEmpty() ? -1 : folded.lastIndexOf(k);
      if (at >= 0) {
        Mention m = new Mention(at, at + k.length(), e.getValue());
        if (best == null || m.end() > best.end() || m.end() == best.end() && m.start() < best.start()) {
          best = m;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Every name and alias, as written in the rule file (for a segmenter's custom dictionary). */
  public List<String> allNames() {
    List<String> names = new java.util.ArrayList<>();
    for (CanonicalIndicator e : entries) {
      names.add(e.name());
      names.addAll(e.aliases());
    }
    return names;
  }

  public List<CanonicalIndicator> entries() {
    return entries;
  }
}
