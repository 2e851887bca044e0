package org.planextract.rules;

import static org.planextract.rules.RuleCompilation.list;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.planextract.extract.CanonicalIndicator;
import org.planextract.extract.IndicatorDictionary;
import org.planextract.rules.RuleFiles.IndicatorSpec;
import org.planextract.rules.RuleFiles.IndicatorsFile;

/** Compiles rules/indicators.yaml into the canonical indicator dictionary. */
final class IndicatorDictionaryCompiler {
  private final RuleCompilation problems;

  IndicatorDictionaryCompiler(RuleCompilation problems) {
    this.problems = problems;
  }

  IndicatorDictionary dictionary(IndicatorsFile file) {
    Map<String, String> macros = file.macros() == null ? Map.of() : file.macros();
    Pattern subPrefix = problems.compile("indicators.yaml", "subIndicatorPrefix",
        problems.expand(file.subIndicatorPrefix(), macros, "indicators.yaml", "subIndicatorPrefix"), List.of())
        .orElse(Pattern.compile("(?!)"));
    IndicatorDictionary keys = new IndicatorDictionary(List.of(), List.of(), subPrefix);
    List<CanonicalIndicator> entries = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    java.util.Map<String, String> names = new java.util.HashMap<>();
    for (IndicatorSpec spec : list(file.indicators())) {
      if (spec.id() == null || !spec.id().matches("[a-z][a-z0-9_]*")) {
        problems.add("indicators.yaml", spec.id(), "id must be lower_snake_case");
        continue;
      }
      if (!ids.add(spec.id())) {
        problems.add("indicators.yaml", spec.id(), "duplicate rule id");
      }
      if (spec.name() == null) {
        problems.add("indicators.yaml", spec.id(), "no name");
        continue;
      }
      for (String n : concat(spec.name(), list(spec.aliases()))) {
        String other = names.putIfAbsent(keys.key(n), spec.id());
        if (other != null && !other.equals(spec.id())) {
          problems.add("indicators.yaml", spec.id(), "name '" + n + "' is also listed under " + other);
        }
      }
      List<Pattern> patterns = new ArrayList<>();
      for (String p : list(spec.patterns())) {
        problems.compile("indicators.yaml", spec.id(), problems.expand(p, macros, "indicators.yaml", spec.id()), List.of())
            .ifPresent(patterns::add);
      }
      entries.add(new CanonicalIndicator(spec.id(), spec.name(), spec.unit(), spec.higherIsBetter(),
          list(spec.aliases()), patterns));
    }
    return new IndicatorDictionary(entries, list(file.qualifiers()), subPrefix);
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
