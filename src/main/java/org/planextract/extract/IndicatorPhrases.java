package org.planextract.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.planextract.model.Value;
import org.planextract.model.ValueKind;
import org.planextract.nlp.Segmenter;
import org.planextract.nlp.Term;
import org.planextract.normalize.AlignedText;

/**
 * The indicator phrase of a target: the text before the value, trimmed of time markers
 * (到2025年), fillers and HanLP-tagged time, place, pronoun and adverb words (全市, 要), then judged:
 * an indicator is in the dictionary, or ends with an indicator head (率, 数, 占比 …) and has a
 * sensible length, parenthesised asides aside.
 */
final class IndicatorPhrases {
  /** Characters a value's number can start with, Arabic or Chinese. */
  private static final String NUMBER_START = "0123456789.零〇一二三四五六七八九十两百千万几";
  private final TargetRules rules;
  private final IndicatorDictionary dictionary;
  private final Segmenter segmenter;

  IndicatorPhrases(TargetRules rules, IndicatorDictionary dictionary, Segmenter segmenter) {
    this.rules = rules;
    this.dictionary = dictionary;
    this.segmenter = segmenter;
  }

  /** A trimmed indicator phrase and where it starts in the text. */
  record Phrase(String text, int start) {}

  /** The phrase without parenthesised asides: what length, heads and the dictionary look at. */
  String bare(String name) {
    return rules.aside().matcher(name).replaceAll("");
  }

  /**
   * An indicator: known to the dictionary (for a change, with its verb: 单位地区生产总值能源消耗 +
   * 降低13.5% is 单位地区生产总值能源消耗降低), or of sensible length and ending with an indicator head.
   */
  boolean acceptable(String name, Value value) {
    String bare = bare(name);
    if (dictionary.search(name).isPresent() || dictionary.search(bare).isPresent()
        || withChangeVerb(bare, value).isPresent()) {
      return true;
    }
    return bare.length() >= rules.minIndicatorChars() && bare.length() <= rules.maxIndicatorChars() && head(bare) != null;
  }

  /** The canonical id of a target's indicator; a change first tries its name with the verb. */
  String canonical(String name, Value value) {
    return withChangeVerb(bare(name), value).or(() -> dictionary.search(name)).or(() -> dictionary.search(bare(name)))
        .map(CanonicalIndicator::id).orElse(null);
  }

  /**
   * For a change value, the dictionary entry named by the phrase and the words the value begins with
   * before its number (地区生产总值 + 年均增长6.5% → 地区生产总值年均增长, then 地区生产总值增长):
   * the 纲要 names growth and reduction indicators with their verb.
   */
  private Optional<CanonicalIndicator> withChangeVerb(String name, Value value) {
    if (value == null || (value.kind() != ValueKind.CHANGE && value.kind() != ValueKind.ANNUAL_CHANGE)
        || value.raw() == null) {
      return Optional.empty();
    }
    String raw = value.raw().strip();
    int i = 0;
    while (i < raw.length() && NUMBER_START.indexOf(raw.charAt(i)) < 0) {
      i++;
    }
    String verb = raw.substring(0, i);
    Optional<CanonicalIndicator> found = verb.isEmpty() ? Optional.empty() : dictionary.search(name + verb);
    for (String prefix : rules.changePrefixes()) {
      if (found.isEmpty() && verb.startsWith(prefix) && verb.length() > prefix.length()) {
        found = dictionary.search(name + verb.substring(prefix.length()));
      }
    }
    return found;
  }

  /**
   * The name an elliptical list item stands for: {@code previous}'s qualifier (up to and with
   * qualifierEnd, 的) before {@code name}, when the dictionary knows that and not {@code name} alone;
   * else {@code name}.
   */
  String withSharedQualifier(String name, String previous) {
    if (previous == null || rules.qualifierEnd() == null || dictionary.search(name).isPresent()) {
      return name;
    }
    int q = previous.lastIndexOf(rules.qualifierEnd());
    if (q <= 0 || name.contains(rules.qualifierEnd())) {
      return name;
    }
    String full = previous.substring(0, q + rules.qualifierEnd().length()) + name;
    return dictionary.search(full).isPresent() ? full : name;
  }

  /** The share head (率, 比例, 占比 …) the phrase ends with, or null. */
  String ratioHead(String name) {
    return rules.ratioHeads().stream().filter(name::endsWith).findFirst().orElse(null);
  }

  /** The longest indicator head the phrase ends with (率, 比例, 占比 …), or null. */
  String head(String name) {
    String best = null;
    for (String h : rules.indicatorHeads()) {
      if (name.endsWith(h) && (best == null || h.length() > best.length())) {
        best = h;
      }
    }
    return best;
  }

  /**
   * Two indicators sharing one value (甲规范管理率和服药率维持在90%以上) are split at the coordinating
   * word when both sides end with an indicator head and the whole is not itself a known indicator.
   */
  List<String> coordinated(Phrase phrase) {
    String name = phrase.text();
    if (dictionary.search(name).isPresent() || dictionary.search(bare(name)).isPresent()) {
      return List.of(name);
    }
    Matcher m = rules.coordination().matcher(name);
    while (m.find()) {
      String left = name.substring(0, m.start());
      String right = name.substring(m.end());
      if (head(left) != null && head(right) != null && acceptable(left, null) && acceptable(right, null)) {
        return List.of(left, right);
      }
    }
    return List.of(name);
  }

  /** Whether a name of the dictionary or a title of rules/targets.yaml {@code placeNames} starts the text. */
  private boolean partOfName(String text) {
    String key = dictionary.key(text);
    return dictionary.startsWithName(text)
        || rules.placeNames().stream().anyMatch(n -> key.startsWith(dictionary.key(n)));
  }

  /** Whether the phrase, time markers removed, is only a pronoun (使其, 该指标): rules/targets.yaml {@code pronoun}. */
  boolean pronoun(AlignedText text, int from, int to) {
    int start = afterMarkers(text.folded(), from, to);
    return start < to && rules.pronoun().matcher(text.folded().substring(start, to).strip()).find();
  }

  /** The position after the time markers (到2025年, 到“十四五”末) that start a phrase. */
  private int afterMarkers(String folded, int from, int end) {
    int start = from;
    Matcher item = rules.itemNumber().matcher(folded).region(start, end);
    if (item.lookingAt()) {
      start = item.end();
    }
    boolean again = true;
    while (again && start < end) {
      again = false;
      Matcher year = rules.yearMarker().matcher(folded).region(start, end);
      if (year.lookingAt() && year.end() > start) {
        start = year.end();
        again = true;
      }
      Matcher plan = rules.planEndMarker().matcher(folded).region(start, end);
      if (plan.lookingAt() && plan.end() > start) {
        start = plan.end();
        again = true;
      }
    }
    return start;
  }

  private boolean modifiesNextNoun(List<Term> terms, int i) {
    if (i + 1 >= terms.size() || !rules.modifierTags().contains(terms.get(i).pos())) {
      return false;
    }
    String next = terms.get(i + 1).pos();
    return rules.nounTagPrefixes().stream().anyMatch(next::startsWith);
  }

  /** Trims fillers, time and place words off a phrase, with HanLP tags; null when nothing is left. */
  Phrase indicator(AlignedText text, int from, int to) {
    int end = to;
    int start = afterMarkers(text.folded(), from, to);
    if (start >= end) {
      return null;
    }
    String phrase = text.clean().substring(start, end);
    List<Term> terms = segmenter.segment(phrase);
    int first = 0;
    while (first < terms.size()) {
      Term t = terms.get(first);
      boolean place = rules.placeWords().contains(t.word());
      if (place && partOfName(phrase.substring(t.offset()))) {
        break; // a dictionary name or a national title starts with the place word: it is part of the name
      }
      if (!place && !rules.leadingFillers().contains(t.word()) && !rules.leadingTags().contains(t.pos())) {
        break;
      }
      if (!place && modifiesNextNoun(terms, first)) {
        break; // 基本医疗保险, 高标准农田: the modifier is part of the name
      }
      first++;
    }
    int last = terms.size() - 1;
    // Trailing adverbs go (率均 → 率), but never a piece of an indicator head (占比 is 占/v + 比/p).
    while (last >= first && head(phrase.substring(0, terms.get(last).end())) == null
        && (rules.trailingFillers().contains(terms.get(last).word())
        || rules.trailingTags().contains(terms.get(last).pos()))) {
      last--;
    }
    if (first > last) {
      return null;
    }
    int s = terms.get(first).offset();
    int e = terms.get(last).end();
    String name = phrase.substring(s, e).strip();
    if (name.isEmpty()) {
      return null;
    }
    return new Phrase(name, start + s);
  }
}
