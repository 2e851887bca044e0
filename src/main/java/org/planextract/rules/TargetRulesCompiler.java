package org.planextract.rules;

import static org.planextract.rules.RuleCompilation.expect;
import static org.planextract.rules.RuleCompilation.expectNumber;
import static org.planextract.rules.RuleCompilation.list;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.planextract.extract.IndicatorDictionary;
import org.planextract.extract.TargetRule;
import org.planextract.extract.TargetRules;
import org.planextract.extract.TargetSentenceExtractor;
import org.planextract.extract.ValueParser;
import org.planextract.extract.ValueRules;
import org.planextract.problems.Diagnostics;
import org.planextract.model.Period;
import org.planextract.model.Target;
import org.planextract.nlp.Segmenter;
import org.planextract.normalize.TextNormalizer;
import org.planextract.read.TextLine;
import org.planextract.rules.RuleFiles.TargetExample;
import org.planextract.rules.RuleFiles.TargetRuleSpec;
import org.planextract.rules.RuleFiles.TargetsFile;

/** Compiles rules/targets.yaml with the macros of rules/macros.yaml ({LEVEL}, {VALUE}, {CHANGE}) and runs its examples. */
final class TargetRulesCompiler {
  private final RuleCompilation problems;
  private final BacktrackingCheck backtracking = new BacktrackingCheck();

  TargetRulesCompiler(RuleCompilation problems) {
    this.problems = problems;
  }

  TargetRules targetRules(TargetsFile file) {
    Map<String, String> macros = Map.of();
    List<TargetRule> rules = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (TargetRuleSpec spec : list(file.rules())) {
      if (spec.id() == null || !ids.add(spec.id())) {
        problems.add("targets.yaml", spec.id(), spec.id() == null ? "a rule has no id" : "duplicate rule id");
        continue;
      }
      Optional<TargetRule.Shape> shape = TargetRule.Shape.named(String.valueOf(spec.shape()));
      if (shape.isEmpty()) {
        problems.add("targets.yaml", spec.id(), "shape must be one of respectively, paired, bare, change, level, not "
            + spec.shape());
        continue;
      }
      String regex = problems.expand(spec.pattern(), macros, "targets.yaml", spec.id());
      Optional<Pattern> compiled = problems.compile("targets.yaml", spec.id(), regex, shape.get().groups());
      if (compiled.isPresent()) {
        List<String> texts = list(spec.examples()).stream().map(TargetExample::text).toList();
        Optional<String> slow = problems.checksPassed() ? Optional.empty()
            : backtracking.problem(compiled.get(), texts, file.maxClauseChars());
        slow.ifPresent(message -> problems.add("targets.yaml", spec.id(), message));
        if (slow.isEmpty()) {
          rules.add(new TargetRule(spec.id(), compiled.get(), shape.get()));
        }
      }
    }
    Optional<Pattern> year = problems.compile("targets.yaml", "yearMarker",
        problems.expand(file.yearMarker(), macros, "targets.yaml", "yearMarker"), List.of("year"));
    Optional<Pattern> planEnd = problems.compile("targets.yaml", "planEndMarker", TextNormalizer.fold(String.valueOf(file.planEndMarker())), List.of());
    Optional<Pattern> goal = problems.compile("targets.yaml", "goalSectionTitle", file.goalSectionTitle(), List.of());
    Optional<Pattern> shared = problems.compile("targets.yaml", "sharedPrefix", file.sharedPrefix(), List.of("prefix"));
    Optional<Pattern> separators = problems.compile("targets.yaml", "listSeparators", file.listSeparators(), List.of());
    Optional<Pattern> aside = problems.compile("targets.yaml", "aside", file.aside(), List.of());
    Optional<Pattern> coordination = problems.compile("targets.yaml", "coordination", file.coordination(), List.of());
    Optional<Pattern> sentenceEnd = problems.compile("targets.yaml", "sentenceEnd", file.sentenceEnd(), List.of());
    Optional<Pattern> clauseEnd = problems.compile("targets.yaml", "clauseEnd", file.clauseEnd(), List.of());
    Optional<Pattern> pronoun = problems.compile("targets.yaml", "pronoun", file.pronoun(), List.of());
    Optional<Pattern> item = problems.compile("targets.yaml", "itemNumber", file.itemNumber() == null ? "(?!)" : file.itemNumber(), List.of());
    if (year.isEmpty() || planEnd.isEmpty() || goal.isEmpty() || shared.isEmpty() || separators.isEmpty()
        || aside.isEmpty() || coordination.isEmpty() || sentenceEnd.isEmpty() || clauseEnd.isEmpty()
        || pronoun.isEmpty() || item.isEmpty()) {
      return null;
    }
    return new TargetRules(rules, year.get(), planEnd.get(), goal.get(), java.util.Set.copyOf(list(file.leadingFillers())),
        java.util.Set.copyOf(list(file.leadingTags())), java.util.Set.copyOf(list(file.trailingFillers())),
        java.util.Set.copyOf(list(file.trailingTags())), list(file.indicatorHeads()), list(file.ratioHeads()), file.maxClauseChars(), file.minIndicatorChars(), file.maxIndicatorChars(),
        shared.get(), aside.get(), coordination.get(), separators.get(), sentenceEnd.get(), clauseEnd.get(),
        list(file.placeWords()), list(file.placeNames()), pronoun.get(), list(file.changePrefixes()), item.get(),
        java.util.Set.copyOf(list(file.modifierTags())), list(file.nounTagPrefixes()),
        file.qualifierEnd() == null || file.qualifierEnd().isEmpty() ? null : file.qualifierEnd());
  }

  void checkTargetExamples(TargetsFile file, TargetRules rules, ValueRules valueRules,
      IndicatorDictionary dictionary, Segmenter segmenter, List<RuleExample> examples) {
    TargetSentenceExtractor extractor = new TargetSentenceExtractor(rules, new ValueParser(valueRules), dictionary,
        segmenter);
    TextNormalizer normalizer = new TextNormalizer();
    org.planextract.model.Period period = new org.planextract.model.Period(2021, 2025);
    for (TargetRuleSpec spec : list(file.rules())) {
      for (TargetExample ex : list(spec.examples())) {
        List<org.planextract.model.Target> found = extractor.extractText(
            normalizer.normalize(new TextLine(ex.text(), 1, 0)), period, new org.planextract.problems.Diagnostics());
        List<String> wrong = new ArrayList<>();
        int want = ex.count() == null ? 1 : ex.count();
        if (found.size() != want) {
          wrong.add(found.size() + " targets, expected " + want);
        } else if (want > 0) {
          var t = found.get(0);
          expect(wrong, "rule", spec.id(), t.rule());
          expect(wrong, "indicator", ex.indicator(), t.indicator());
          expectNumber(wrong, "value", ex.value(), t.value().value());
          expect(wrong, "unit", ex.unit(), t.value().unit());
          expect(wrong, "op", ex.op(), t.value().op() == null ? null : t.value().op().wire());
          expect(wrong, "kind", ex.kind(), t.value().kind().wire());
        }
        problems.record(examples, "targets.yaml", spec.id(), ex.text(), wrong.isEmpty() ? null : String.join(", ", wrong));
      }
    }
  }
}
