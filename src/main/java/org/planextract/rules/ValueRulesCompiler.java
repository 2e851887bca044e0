package org.planextract.rules;

import static org.planextract.rules.RuleCompilation.expect;
import static org.planextract.rules.RuleCompilation.expectNumber;
import static org.planextract.rules.RuleCompilation.folded;
import static org.planextract.rules.RuleCompilation.list;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planextract.normalize.TextNormalizer;
import java.util.regex.Pattern;
import org.planextract.extract.UnitConversions;
import org.planextract.extract.Units;
import org.planextract.extract.ValueParser;
import org.planextract.extract.ValueRules;
import org.planextract.model.Op;
import org.planextract.model.Value;
import org.planextract.rules.RuleFiles.ValueExample;
import org.planextract.rules.RuleFiles.ValuesFile;

/** Compiles rules/values.yaml (the value grammar and units) and runs its examples. */
final class ValueRulesCompiler {
  private final RuleCompilation problems;

  ValueRulesCompiler(RuleCompilation problems) {
    this.problems = problems;
  }

  ValueRules valueRules(ValuesFile file) {
    Map<Op, List<String>> prefix = comparators(file.prefixComparators(), "prefixComparators", problems);
    Map<Op, List<String>> suffix = comparators(file.suffixComparators(), "suffixComparators", problems);
    List<Pattern> references = new ArrayList<>();
    for (String p : list(file.referencePatterns())) {
      problems.compile("values.yaml", "referencePatterns", p, List.of("reference")).ifPresent(references::add);
    }
    Map<String, List<String>> unitAliases = new java.util.LinkedHashMap<>();
    for (var u : list(file.units())) {
      if (u.canonical() == null || u.canonical().isBlank()) {
        problems.add("values.yaml", "units", "a unit has no canonical form");
        continue;
      }
      if (unitAliases.put(u.canonical(), list(u.aliases())) != null) {
        problems.add("values.yaml", "units", "unit " + u.canonical() + " is listed twice");
      }
    }
    String number = problems.expand(file.number(), Map.of(), "values.yaml", "number");
    String rangeSeparator = problems.expand(file.rangeSeparator(), Map.of(), "values.yaml", "rangeSeparator");
    String rangeInText = problems.expand(file.rangeSeparatorInText(), Map.of(), "values.yaml", "rangeSeparatorInText");
    problems.compile("values.yaml", "number", number, List.of());
    problems.compile("values.yaml", "rangeSeparator", rangeSeparator, List.of());
    problems.compile("values.yaml", "rangeSeparatorInText", rangeInText, List.of());
    if (file.percentWords() == null || file.percentWords().isBlank()) {
      problems.add("values.yaml", "percentWords", "percentWords is missing");
    }
    return new ValueRules(number, String.valueOf(file.percentWords()), rangeSeparator,
        rangeInText, folded(file.missing()), folded(file.hedges()), prefix, suffix,
        folded(file.increaseWords()), folded(file.decreaseWords()), folded(file.annualWords()), references,
        folded(file.qualitativeIncrease()), folded(file.qualitativeDecrease()), folded(file.qualitativeStable()),
        new Units(unitAliases), conversions(file, unitAliases.keySet()), brackets(file.brackets(), problems),
        footnoteMarks(file.footnoteMarks(), problems), wordValues(file.wordValues()));
  }

  private UnitConversions conversions(ValuesFile file, java.util.Set<String> units) {
    List<UnitConversions.Conversion> out = new ArrayList<>();
    for (var c : list(file.conversions())) {
      String id = "conversion " + c.from() + " -> " + c.to();
      if (!units.contains(c.from()) || !units.contains(c.to())) {
        problems.add("values.yaml", id, "a conversion names a unit that is not a canonical unit of units:");
        continue;
      }
      try {
        java.math.BigDecimal factor = new java.math.BigDecimal(c.factor());
        if (factor.signum() <= 0) {
          problems.add("values.yaml", id, "the factor must be positive: " + c.factor());
        } else {
          out.add(new UnitConversions.Conversion(c.from(), c.to(), factor));
        }
      } catch (NumberFormatException | NullPointerException e) {
        problems.add("values.yaml", id, "the factor is not a number: " + c.factor());
      }
    }
    return new UnitConversions(out);
  }

  /** Words that state a number, folded, spaces removed: 全覆盖 → 100%. */
  private static Map<String, String> wordValues(Map<String, String> words) {
    Map<String, String> out = new java.util.TreeMap<>();
    if (words != null) {
      words.forEach((w, v) -> out.put(folded(List.of(w)).get(0).replaceAll("\\s+", ""), v));
    }
    return out;
  }

  /** Bracket pairs, each two characters (open, close), folded. */
  /** The footnote marks as one string of characters (folded), each one character. */
  private static String footnoteMarks(List<String> marks, RuleCompilation problems) {
    StringBuilder all = new StringBuilder();
    for (String m : list(marks)) {
      String folded = TextNormalizer.fold(m);
      if (folded.length() != 1) {
        problems.add("values.yaml", "footnoteMarks", "'" + m + "' is not one character");
      } else {
        all.append(folded);
      }
    }
    return all.toString();
  }

  private static List<String> brackets(List<String> pairs, RuleCompilation problems) {
    List<String> out = new java.util.ArrayList<>();
    for (String p : list(pairs)) {
      if (p.length() != 2) {
        problems.add("values.yaml", "brackets", "'" + p + "' is not a pair of two characters");
      } else {
        out.add(org.planextract.normalize.TextNormalizer.fold(p));
      }
    }
    return out;
  }

  private static Map<Op, List<String>> comparators(Map<String, List<String>> byOp, String id, RuleCompilation problems) {
    Map<Op, List<String>> out = new java.util.EnumMap<>(Op.class);
    if (byOp == null) {
      return out;
    }
    byOp.forEach((wire, words) -> {
      Optional<Op> op = java.util.Arrays.stream(Op.values()).filter(o -> o.wire().equals(wire)).findFirst();
      if (op.isEmpty()) {
        problems.add("values.yaml", id, "unknown comparator '" + wire + "' (=, >=, <=, >, <, ~)");
      } else {
        out.put(op.get(), folded(words));
      }
    });
    return out;
  }

  void checkValueExamples(ValuesFile file, ValueRules rules, List<RuleExample> examples) {
    ValueParser parser = new ValueParser(rules);
    for (ValueExample ex : list(file.examples())) {
      Value v = parser.parse(ex.raw(), null).value();
      List<String> wrong = new ArrayList<>();
      expect(wrong, "kind", ex.kind(), v.kind().wire());
      expect(wrong, "op", ex.op(), v.op() == null ? null : v.op().wire());
      expectNumber(wrong, "value", ex.value(), v.value());
      expectNumber(wrong, "min", ex.min(), v.min());
      expectNumber(wrong, "max", ex.max(), v.max());
      expect(wrong, "unit", ex.unit(), v.unit());
      expect(wrong, "direction", ex.direction(), v.direction() == null ? null : v.direction().wire());
      expect(wrong, "reference", ex.reference(), v.reference());
      problems.record(examples, "values.yaml", "value:" + ex.raw(), ex.raw(),
          wrong.isEmpty() ? null : String.join(", ", wrong));
    }
  }
}
