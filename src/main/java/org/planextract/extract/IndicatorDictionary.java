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
  /** The lengths of the non-empty name and alias keys, shortest first. */
  private final int[] nameLengths;
  /** Every entry's patterns in entry order, with the entry of each. */
  private final List<Pattern> patterns;
  private final List<CanonicalIndicator> patternEntries;
  /** Which patterns can match a key at all, from the words each cannot match without. */
  private final RulePrefilter patternFilter;

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
    this.nameLengths = map.keySet().stream().mapToInt(String::length).filter(n -> n > 0).distinct().sorted().toArray();
    List<Pattern> all = new java.util.ArrayList<>();
    List<CanonicalIndicator> owners = new java.util.ArrayList<>();
    for (CanonicalIndicator e : this.entries) {
      for (Pattern p : e.patterns()) {
        all.add(p);
        owners.add(e);
      }
    }
    this.patterns = List.copyOf(all);
    this.patternEntries = List.copyOf(owners);
    this.patternFilter = RulePrefilter.fromLiterals(all.stream().map(p -> TriggerLiterals.of(p.pattern())).toList());
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
    if (exact != null || patterns.isEmpty()) {
      return Optional.ofNullable(exact);
    }
    java.util.BitSet candidates = patternFilter.candidates(key);
    for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
      if (patterns.get(i).matcher(key).matches()) {
        return Optional.of(patternEntries.get(i));
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
    for (int length : nameLengths) {
      if (length > key.length()) {
        return false;
      }
      if (byName.containsKey(key.substring(0, length))) {
        return true;
      }
    }
    return false;
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
