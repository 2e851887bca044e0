package org.planextract.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planextract.decision.Decision.Stage;
import org.planextract.decision.Decisions;
import org.planextract.model.Period;
import org.planextract.model.Section;
import org.planextract.model.Span;
import org.planextract.model.Target;
import org.planextract.model.TargetKind;
import org.planextract.model.Value;
import org.planextract.nlp.Segmenter;
import org.planextract.normalize.AlignedText;
import org.planextract.problems.CancellableText;
import org.planextract.problems.Cancellation;
import org.planextract.problems.Diagnostics;
import org.planextract.structure.Outline;

/**
 * Finds numbers stated in running text, paragraphs and 专栏 boxes alike: targets (到2025年，全市人均
 * 预期寿命达到78岁以上) and facts (截至2020年…达到76.79岁，比2015年提高了1.64岁). A sentence speaks of
 * the year its last time marker names (到2025年, 2020年底, 到“十四五”末), or of the plan's end year
 * in a 发展目标 section; each clause is matched against the rules of rules/targets.yaml in order.
 *
 * <p>Reads {@link Passage}s (the outline is known). Only clauses that a pattern matches are
 * segmented, with HanLP, to trim the indicator phrase (全市, 到2025年, 要 …) to the indicator
 * itself; a phrase that ends with no indicator head (率, 数, 比例 …) and is not in the dictionary is
 * dropped. Every clause gets a {@link org.planextract.decision.Decision}: the targets made, or why
 * none was.
 */
public final class TargetSentenceExtractor {
  private final TargetRules rules;
  private final ValueParser values;
  private final IndicatorPhrases phrases;
  private final Enumerations enumerations;
  private final IndicatorDictionary dictionary;
  private final RulePrefilter prefilter;
  private final ValueGuards guards;
  private final YearMarkers.Finder yearMarkers;

  public TargetSentenceExtractor(TargetRules rules, ValueParser values, IndicatorDictionary dictionary,
      Segmenter segmenter) {
    this.rules = rules;
    this.values = values;
    this.phrases = new IndicatorPhrases(rules, dictionary, segmenter);
    this.enumerations = new Enumerations(rules, values, phrases);
    this.dictionary = dictionary;
    this.prefilter = RulePrefilter.of(rules.rules());
    this.guards = ValueGuards.of(rules.rules());
    this.yearMarkers = new YearMarkers.Finder(rules);
  }

  /** What one document's reading needs besides the text: where results and verdicts go, its bounds. */
  private record Sink(Period period, List<Target> out, Diagnostics diagnostics, Decisions decisions,
      Cancellation cancellation, ClauseBudget clauses) {}

  /** Targets of a document's passages, every clause's verdict to {@code decisions}; see {@link ClauseBudget}. */
  public List<Target> extract(List<Passage> passages, Outline outline, Period period, Diagnostics diagnostics,
      Decisions decisions, Cancellation cancellation, int maxClauses) {
    var sink = new Sink(period, new ArrayList<>(), diagnostics, decisions, cancellation, new ClauseBudget(maxClauses, cancellation));
    Map<String, Section> byId = new HashMap<>(); // parent lookups in O(1): a 50 MB plan has 40,000 sections
    for (Section s : outline.sections()) {
      byId.putIfAbsent(s.id(), s);
    }
    for (Passage p : passages) {
      cancellation.check("targets");
      String sectionId = p.section() == null ? null : p.section().id();
      read(p.text(), p.from(), sectionId, inGoalSection(p.section(), byId), sink);
    }
    return List.copyOf(sink.out());
  }

  /** Targets in one piece of text, read as if in a goal section of {@code period} (rule examples). */
  public List<Target> extractText(AlignedText text, Period period, Diagnostics diagnostics) {
    var sink = new Sink(period, new ArrayList<>(), diagnostics, new Decisions(), Cancellation.NONE, ClauseBudget.unbounded());
    read(text, 0, null, true, sink);
    return List.copyOf(sink.out());
  }

  /** Whether the section or one of its ancestors is titled 发展目标, 主要目标 … */
  private boolean inGoalSection(Section section, Map<String, Section> byId) {
    Section s = section;
    while (s != null) {
      if (rules.goalSectionTitle().matcher(s.title()).find()) {
        return true;
      }
      String parent = s.parentId();
      s = parent == null ? null : byId.get(parent);
    }
    return false;
  }

  private void read(AlignedText text, int from, String sectionId, boolean goal, Sink sink) {
    String folded = text.folded();
    if (from >= folded.length()) {
      return;
    }
    if (folded.chars().noneMatch(Character::isDigit)) {
      sink.decisions().reject(Stage.TARGET, text.line(), null, text.clean().substring(from), null, null,
          "no number in the text: no target rule can match");
      return;
    }
    int start = from;
    Antecedents antecedents = new Antecedents(dictionary, from);
    Matcher end = rules.sentenceEnd().matcher(folded);
    while (start < folded.length()) {
      int stop = end.find(start) ? end.end() : folded.length();
      antecedents.sentence(start);
      sentence(text, start, stop, sectionId, goal, antecedents, sink);
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

  private void sentence(AlignedText text, int from, int to, String sectionId, boolean goal, Antecedents antecedents,
      Sink sink) {
    String folded = text.folded();
    String sentence = capped(text.clean().substring(from, to).strip());
    if (sentence.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return; // the 。 that ends a run-in heading's title: nothing to weigh
    }
    YearMarkers years = yearMarkers.find(folded, sink.cancellation(), from, to, sink.period());
    if (years.isEmpty() && !goal) {
      // Most sentences of a plan: one verdict for the sentence, and no pattern is tried.
      sink.clauses().spend();
      sink.decisions().reject(Stage.TARGET, text.line(), text.renderingSpan(from, to), sentence, null, null,
          "the sentence names no year (到2025年 …) and is not in a goal section (发展目标 …): not searched");
      return;
    }
    Inherited last = new Inherited(antecedents);
    int clauseStart = from;
    // Searched within the sentence only: a passage of comma-less sentences was rescanned to its end per sentence.
    Matcher clauseEnd = rules.clauseEnd().matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
    while (clauseStart < to) {
      int clauseStop = clauseEnd.region(clauseStart, to).find() ? clauseEnd.start() : to;
      sink.clauses().spend();
      clause(text, clauseStart, clauseStop, years, goal, sectionId, sentence, last, sink);
      clauseStart = clauseStop + 1;
    }
  }

  /**
   * The indicator of the last target made in a sentence, for a change clause that has none, and
   * the passage's {@link Antecedents}, for a pronoun.
   */
  private static final class Inherited {
    final Antecedents antecedents;
    String indicator;
    String canonical;

    Inherited(Antecedents antecedents) {
      this.antecedents = antecedents;
    }
  }

  private void clause(AlignedText text, int base, int stop, YearMarkers years, boolean goal,
      String sectionId, String sentence, Inherited last, Sink sink) {
    String clause = text.folded().substring(base, stop);
    String written = text.clean().substring(base, stop);
    Decisions decisions = sink.decisions();
    if (clause.isBlank()) {
      return;
    }
    if (clause.length() > rules.maxClauseChars()) {
      decisions.reject(Stage.TARGET, text.line(), text.renderingSpan(base, stop), written, null, null,
          "clause longer than " + rules.maxClauseChars() + " characters: not searched");
      return;
    }
    CharSequence checked = new CancellableText(clause, sink.cancellation());
    BitSet candidates = prefilter.candidates(clause);
    int pos = 0;
    while (pos < clause.length()) {
      RuleMatch match = firstMatch(checked, pos, candidates);
      if (match == null) {
        if (pos == 0) {
          decisions.reject(Stage.TARGET, text.line(), text.renderingSpan(base, stop), written, null, null,
              "no target rule matches");
        }
        return;
      }
      String ruleId = match.rule().id();
      Span valueSpan = text.renderingSpan(base + match.valueStart(), base + match.valueEnd());
      String valueText = text.clean().substring(base + match.valueStart(), base + match.valueEnd());
      Integer year = years.yearAt(base + match.valueStart(), goal, sink.period());
      if (year == null) {
        decisions.reject(Stage.TARGET, text.line(), valueSpan, written, null, ruleId,
            "no year marker before the value " + valueText);
      } else {
        TargetKind kind = sink.period() != null && year < sink.period().start() ? TargetKind.FACT : TargetKind.TARGET;
        Made made = new Made(text, kind, sectionId, sentence, ruleId, written, sink.out(), sink.decisions(),
            sink.diagnostics());
        if (match.rule().enumeration()) {
          enumerations.pair(text, base, match.m(), year, made);
        } else {
          single(text, base, match, year, valueText, last, made);
        }
      }
      pos = match.end();
    }
  }

  private void single(AlignedText text, int base, RuleMatch match, int year, String valueText, Inherited last, Made made) {
    String raw = text.clean().substring(base + match.indicatorStart(), base + match.indicatorEnd());
    if (phrases.pronoun(text, base + match.indicatorStart(), base + match.indicatorEnd())) {
      pronoun(text, base, match, year, valueText, raw, last, made);
      return;
    }
    IndicatorPhrases.Phrase phrase = phrases.indicator(text, base + match.indicatorStart(), base + match.indicatorEnd());
    Value value = values.parse(valueText, year).value();
    Span span = text.renderingSpan(phrase == null ? base + match.valueStart() : phrase.start(), base + match.valueEnd());
    if (phrase == null && match.rule().inheritsIndicator() && last.indicator != null) {
      // 截至2020年，人均预期寿命达到76.79岁，比2015年提高了1.64岁: the change is said of the same indicator.
      made.accept(last.indicator, last.canonical, value, span,
          "no indicator of its own: the previous clause's, value " + valueText);
    } else if (phrase == null) {
      made.reject(span, null, "nothing left of the phrase '" + raw + "' after trimming");
    } else {
      // X的甲比例达到100%、乙比例达到100%: a list item right after a target may share its qualifier
      boolean listItem = last.indicator != null && rules.listSeparators().matcher(raw.strip()).lookingAt();
      for (String coordinated : phrases.coordinated(phrase)) {
        String name = listItem ? phrases.withSharedQualifier(coordinated, last.indicator) : coordinated;
        if (phrases.acceptable(name, value)) {
          String canonical = phrases.canonical(name, value);
          made.accept(name, canonical, value, span, "phrase '" + raw + "' → " + name + ", value " + valueText);
          last.indicator = name;
          last.canonical = canonical;
          last.antecedents.made(base + match.indicatorEnd(), name, canonical);
        } else {
          made.reject(span, name, "'" + name + "' is not in the dictionary and does not end with an indicator head");
        }
      }
    }
  }

  /** 到2024年使其达到79岁: the value is said of the indicator named before (in reach: this sentence or the previous). */
  private void pronoun(AlignedText text, int base, RuleMatch match, int year, String valueText, String raw, Inherited last,
      Made made) {
    Value value = values.parse(valueText, year).value();
    int at = base + match.indicatorStart();
    Span span = text.renderingSpan(at, base + match.valueEnd());
    var named = last.antecedents.before(text, at);
    if (named.isEmpty()) {
      made.reject(span, null, "the pronoun in '" + raw + "' names no indicator before it in this or the previous sentence");
      return;
    }
    String name = named.get().name();
    made.accept(name, named.get().canonical(), value, span,
        "pronoun in '" + raw + "' → " + name + " (named before), value " + valueText);
    last.indicator = name;
    last.canonical = named.get().canonical();
  }

  /**
   * The first rule, in order, among those the prefilter left, that matches at or after {@code pos};
   * a rule whose value part is not in the rest of the clause is not tried.
   */
  private RuleMatch firstMatch(CharSequence clause, int pos, BitSet candidates) {
    List<TargetRule> all = rules.rules();
    for (int r = candidates.nextSetBit(0); r >= 0; r = candidates.nextSetBit(r + 1)) {
      if (!guards.mayMatch(r, clause, pos)) {
        continue;
      }
      TargetRule rule = all.get(r);
      Matcher m = rule.pattern().matcher(clause);
      if (m.find(pos)) {
        return new RuleMatch(rule, m);
      }
    }
    return null;
  }
}
