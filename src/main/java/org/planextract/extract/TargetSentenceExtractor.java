package org.planextract.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planextract.problems.Diagnostics;
import org.planextract.model.Period;
import org.planextract.model.Section;
import org.planextract.model.Span;
import org.planextract.model.Target;
import org.planextract.model.TargetKind;
import org.planextract.model.Value;
import org.planextract.model.WarningCode;
import org.planextract.nlp.Segmenter;
import org.planextract.normalize.AlignedText;
import org.planextract.normalize.TextNormalizer;
import org.planextract.structure.Outline;
import org.planextract.structure.Unit;

/**
 * Finds numbers stated in running text, paragraphs and 专栏 boxes alike: targets (到2025年，全市人均
 * 预期寿命达到78岁以上) and facts (截至2020年…达到76.79岁，比2015年提高了1.64岁). A sentence speaks of
 * the year its last time marker names (到2025年, 2020年底, 到“十四五”末), or of the plan's end year
 * in a 发展目标 section; each clause is matched against the rules of rules/targets.yaml in order.
 *
 * <p>Assumes the outline and boxes are known. Only clauses that a pattern matches are segmented,
 * with HanLP, to trim the indicator phrase (全市, 到2025年, 要 …) to the indicator itself; a phrase
 * that ends with no indicator head (率, 数, 比例 …) and is not in the dictionary is dropped.
 */
public final class TargetSentenceExtractor {
  private static final Pattern SENTENCE_END = Pattern.compile("[。!?！？]");
  private static final Pattern CLAUSE_END = Pattern.compile("[,;:，；：]");

  private final TargetRules rules;
  private final ValueParser values;
  private final Pattern valuePrefix;
  private final IndicatorPhrases phrases;

  public TargetSentenceExtractor(TargetRules rules, ValueParser values, IndicatorDictionary dictionary,
      Segmenter segmenter) {
    this.rules = rules;
    this.values = values;
    this.valuePrefix = Pattern.compile("^(?:" + values.prefixRegex() + ")+");
    this.phrases = new IndicatorPhrases(rules, dictionary, segmenter);
  }

  /**
   * Targets of a document: in paragraphs, run-in heading bodies, 专栏 boxes and table cells, but
   * not in the units of {@code skipUnits} (the indicator tables, read as rows instead).
   */
  public List<Target> extract(List<Unit> units, Outline outline, Set<Integer> skipUnits, Period period,
      TextNormalizer normalizer, Diagnostics diagnostics) {
    List<Target> out = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      Optional<Section> section = outline.sectionAt(i);
      boolean goal = inGoalSection(section, outline);
      String sectionId = section.map(Section::id).orElse(null);
      if (units.get(i) instanceof Unit.Text text) {
        // A heading's own words are no target; the body of a run-in heading (1.标题。正文…) is text.
        int from = !outline.isHeading(i) ? 0
            : outline.headingAt(i).map(h -> h.bodyStart()).orElse(text.text().length());
        extract(text.text(), from, sectionId, goal, period, out, diagnostics);
      } else if (units.get(i) instanceof Unit.Tab tab && !skipUnits.contains(i)) {
        tab.table().contentLines().forEach(l -> extract(normalizer.normalize(l), 0, sectionId, goal, period, out, diagnostics));
      }
    }
    return out;
  }

  /** Targets in one piece of text, read as if in a goal section of {@code period} (rule examples, explain). */
  public List<Target> extractText(AlignedText text, Period period, Diagnostics diagnostics) {
    List<Target> out = new ArrayList<>();
    extract(text, 0, null, true, period, out, diagnostics);
    return out;
  }

  /** What a target rule made of one clause: the phrase before the value, trimmed, and the verdict. */
  public record ClauseTrace(String clause, String rule, String phrase, String indicator, String value,
      boolean accepted, String reason) {}

  /**
   * Every rule match in a text's clauses with what became of it, for {@code explain}: the same
   * matching and trimming as extraction, reported instead of kept.
   */
  public List<ClauseTrace> trace(AlignedText text) {
    List<ClauseTrace> out = new ArrayList<>();
    String folded = text.folded();
    int clauseStart = 0;
    Matcher clauseEnd = Pattern.compile("[,;:，；：。!?！？]").matcher(folded);
    while (clauseStart < folded.length()) {
      int clauseStop = clauseEnd.find(clauseStart) ? clauseEnd.start() : folded.length();
      String clause = folded.substring(clauseStart, clauseStop);
      for (TargetRule rule : rules.rules()) {
        Matcher m = rule.pattern().matcher(clause);
        if (clause.length() > rules.maxClauseChars() || !m.find()) {
          continue;
        }
        Match match = new Match(rule, m);
        int base = clauseStart;
        String raw = text.clean().substring(base + match.indicatorStart(), base + match.indicatorEnd());
        IndicatorPhrases.Phrase phrase = match.indicatorEnd() > match.indicatorStart()
            ? phrases.indicator(text, base + match.indicatorStart(), base + match.indicatorEnd()) : null;
        String name = phrase == null ? null : phrase.text();
        boolean ok = name != null && (rule.enumeration() || phrases.coordinated(phrase).stream().allMatch(phrases::acceptable));
        String reason = name == null ? (rule.inheritsIndicator() ? "no indicator: the previous clause's is used" : "nothing left of the phrase after trimming")
            : ok ? "accepted" + (phrases.canonical(name) == null ? "" : " as " + phrases.canonical(name))
            : "rejected: '" + name + "' is not in the dictionary and does not end with an indicator head";
        out.add(new ClauseTrace(text.clean().substring(clauseStart, clauseStop), rule.id(), raw, name,
            text.clean().substring(base + match.valueStart(), base + match.valueEnd()), ok, reason));
        break;
      }
      clauseStart = clauseStop + 1;
    }
    return out;
  }

  /** Whether the section or one of its ancestors is titled 发展目标, 主要目标 … */
  private boolean inGoalSection(Optional<Section> section, Outline outline) {
    Section s = section.orElse(null);
    while (s != null) {
      if (rules.goalSectionTitle().matcher(s.title()).find()) {
        return true;
      }
      String parent = s.parentId();
      s = parent == null ? null : outline.sections().stream().filter(x -> x.id().equals(parent)).findFirst().orElse(null);
    }
    return false;
  }

  private void extract(AlignedText text, int from, String sectionId, boolean goal, Period period, List<Target> out,
      Diagnostics diagnostics) {
    String folded = text.folded();
    if (from >= folded.length() || folded.chars().noneMatch(Character::isDigit)) {
      return;
    }
    int start = from;
    Matcher end = SENTENCE_END.matcher(folded);
    while (start < folded.length()) {
      int stop = end.find(start) ? end.end() : folded.length();
      sentence(text, start, stop, sectionId, goal, period, out, diagnostics);
      start = stop;
    }
  }

  /** Longest {@code Target.sentence}: a 100 KB "sentence" of 3,000 clauses is cut, not copied into every target. */
  static final int MAX_SENTENCE_CHARS = 2_000;

  private static String capped(String sentence) {
    if (sentence.length() <= MAX_SENTENCE_CHARS) {
      return sentence;
    }
    int end = MAX_SENTENCE_CHARS - 1;
    if (Character.isHighSurrogate(sentence.charAt(end - 1))) {
      end--;
    }
    return sentence.substring(0, end) + "…";
  }

  private void sentence(AlignedText text, int from, int to, String sectionId, boolean goal, Period period,
      List<Target> out, Diagnostics diagnostics) {
    String folded = text.folded();
    String sentence = capped(text.clean().substring(from, to).strip());
    List<int[]> years = yearMarkers(folded, from, to, period);
    if (years.isEmpty() && !goal) {
      return;
    }
    String lastIndicator = null;
    String lastCanonical = null;
    int clauseStart = from;
    Matcher clauseEnd = CLAUSE_END.matcher(folded);
    while (clauseStart < to) {
      int clauseStop = clauseEnd.find(clauseStart) && clauseEnd.start() < to ? clauseEnd.start() : to;
      String clause = folded.substring(clauseStart, clauseStop);
      int pos = clause.length() > rules.maxClauseChars() ? clause.length() : 0;
      while (pos < clause.length()) {
        Match match = firstMatch(clause, pos);
        if (match == null) {
          break;
        }
        int base = clauseStart;
        Integer year = yearAt(years, base + match.valueStart(), goal, period);
        if (year != null) {
          TargetKind kind = period != null && year < period.start() ? TargetKind.FACT : TargetKind.TARGET;
          if (match.rule().enumeration()) {
            enumeration(text, base, match, year, kind, sectionId, sentence, out, diagnostics);
          } else {
            IndicatorPhrases.Phrase phrase = phrases.indicator(text, base + match.indicatorStart(), base + match.indicatorEnd());
            Value value = values.parse(text.clean().substring(base + match.valueStart(), base + match.valueEnd()), year).value();
            Span span = text.renderingSpan(phrase == null ? base + match.valueStart() : phrase.start(), base + match.valueEnd());
            if (phrase == null && match.rule().inheritsIndicator() && lastIndicator != null) {
              // 截至2020年，人均预期寿命达到76.79岁，比2015年提高了1.64岁: the change is said of the same indicator.
              out.add(new Target(kind, lastIndicator, lastCanonical, value, sectionId, text.line(), span, sentence,
                  match.rule().id()));
            } else if (phrase != null) {
              for (String name : phrases.coordinated(phrase)) {
                if (phrases.acceptable(name)) {
                  String canonical = phrases.canonical(name);
                  out.add(new Target(kind, name, canonical, value, sectionId, text.line(), span, sentence, match.rule().id()));
                  lastIndicator = name;
                  lastCanonical = canonical;
                }
              }
            }
          }
        }
        pos = match.end();
      }
      clauseStart = clauseStop + 1;
    }
  }

  /** A rule's match in a clause, positions relative to the clause. */
  private record Match(TargetRule rule, Matcher m) {
    int indicatorStart() {
      return m.start(rule.enumeration() ? "indicators" : "indicator");
    }

    int indicatorEnd() {
      return m.end(rule.enumeration() ? "indicators" : "indicator");
    }

    int valueStart() {
      return m.start(rule.enumeration() ? "values" : "value");
    }

    int valueEnd() {
      return m.end(rule.enumeration() ? "values" : "value");
    }

    int end() {
      return Math.max(m.end(), m.start() + 1);
    }
  }

  private Match firstMatch(String clause, int pos) {
    for (TargetRule rule : rules.rules()) {
      Matcher m = rule.pattern().matcher(clause);
      if (m.find(pos)) {
        return new Match(rule, m);
      }
    }
    return null;
  }

  private void enumeration(AlignedText text, int base, Match match, Integer year, TargetKind kind, String sectionId,
      String sentence, List<Target> out, Diagnostics diagnostics) {
    List<int[]> names = split(text.folded(), base + match.indicatorStart(), base + match.indicatorEnd());
    List<int[]> vals = split(text.folded(), base + match.valueStart(), base + match.valueEnd());
    if (names.size() != vals.size()) {
      diagnostics.warn(WarningCode.TARGET_COUNT_MISMATCH, text.line(),
          names.size() + " indicators but " + vals.size() + " values: " + sentence);
      return;
    }
    String prefix = null;
    String sharedPrefix = null;
    IndicatorPhrases.Phrase lastItem = phrases.indicator(text, names.get(names.size() - 1)[0], names.get(names.size() - 1)[1]);
    String sharedHead = lastItem == null ? null : phrases.head(lastItem.text());
    String sharedRatio = lastItem == null ? null : phrases.ratioHead(lastItem.text());
    for (int k = 0; k < names.size(); k++) {
      IndicatorPhrases.Phrase phrase = phrases.indicator(text, names.get(k)[0], names.get(k)[1]);
      if (phrase == null) {
        continue;
      }
      String name = phrase.text();
      String valueText = text.clean().substring(vals.get(k)[0], vals.get(k)[1]);
      boolean share = valueText.contains("%") || valueText.contains("％");
      if (phrases.head(name) == null && sharedHead != null) {
        // 达到省提升标准和国家推荐标准占比分别…: the items share the last one's head (占比).
        name = name + sharedHead;
      } else if (share && sharedRatio != null && phrases.ratioHead(name) == null) {
        // 医院床位和卫生人员占比达到87.34%和66.7%: a share of beds, not a number of beds.
        name = name + sharedRatio;
      }
      if (k == 0) {
        Matcher shared = rules.sharedPrefix().matcher(TextNormalizer.fold(name));
        sharedPrefix = shared.find() ? name.substring(0, shared.end("prefix")) : null;
      }
      String lookup = k > 0 && sharedPrefix != null && !name.startsWith(sharedPrefix.substring(0, 1)) ? sharedPrefix + name : name;
      Matcher p = valuePrefix.matcher(TextNormalizer.fold(valueText));
      if (p.find()) {
        prefix = prefix == null ? valueText.substring(0, p.end()) : prefix;
      } else if (prefix != null) {
        valueText = prefix + valueText;
      }
      if (!phrases.acceptable(lookup)) {
        continue;
      }
      Value value = values.parse(valueText, year).value();
      out.add(new Target(kind, lookup, phrases.canonical(lookup), value,
          sectionId, text.line(), text.renderingSpan(phrase.start(), vals.get(k)[1]), sentence, match.rule().id()));
    }
  }

  /** Items of an enumeration between separators, as [start, end) in the text. */
  private List<int[]> split(String folded, int from, int to) {
    List<int[]> items = new ArrayList<>();
    Matcher sep = rules.listSeparators().matcher(folded.substring(from, to));
    int start = from;
    while (sep.find()) {
      items.add(new int[] {start, from + sep.start()});
      start = from + sep.end();
    }
    items.add(new int[] {start, to});
    items.removeIf(r -> r[1] <= r[0]);
    return items;
  }

  /** Year markers of a sentence as [position, year]; 到“十四五”末 counts as the plan's end year. */
  private List<int[]> yearMarkers(String folded, int from, int to, Period period) {
    List<int[]> years = new ArrayList<>();
    Matcher m = rules.yearMarker().matcher(folded).region(from, to);
    while (m.find()) {
      years.add(new int[] {m.start(), Integer.parseInt(m.group("year"))});
    }
    if (period != null) {
      Matcher p = rules.planEndMarker().matcher(folded).region(from, to);
      while (p.find()) {
        years.add(new int[] {p.start(), period.end()});
      }
    }
    years.sort((a, b) -> Integer.compare(a[0], b[0]));
    return years;
  }

  /** The year in force at a position: the last marker before it, else the plan's end in a goal section. */
  private static Integer yearAt(List<int[]> years, int position, boolean goal, Period period) {
    Integer year = null;
    for (int[] y : years) {
      if (y[0] < position) {
        year = y[1];
      }
    }
    if (year == null && goal && period != null) {
      year = period.end();
    }
    return year;
  }
}
