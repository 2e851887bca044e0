package org.planextract.rules;

import static org.planextract.rules.RuleCompilation.list;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.planextract.rules.RuleFiles.MacroExample;
import org.planextract.rules.RuleFiles.MacroSpec;

/**
 * The shared named fragments of rules/macros.yaml, TokensRegex-style: a {@code {NAME}} in a pattern
 * of any rule file becomes {@code (?:body)}, bodies may use other macros, and each body is resolved
 * once. Unknown names and cycles are rule problems of the file that uses them (macros.yaml for a
 * macro's own body). Macros made from a word list of values.yaml ({@code words:}) resolve only
 * once the value grammar is built ({@link #bindWordLists}), so values.yaml itself cannot use them.
 */
final class Macros {
  static final String FILE = "macros.yaml";
  private static final Pattern MACRO = Pattern.compile("\\{([A-Z][A-Z0-9_]*)\\}");
  /** The word lists of values.yaml a macro may be made of. */
  static final List<String> WORD_LISTS = List.of("prefixComparators", "suffixComparators", "units",
      "increaseWords", "decreaseWords", "annualWords");

  private final RuleCompilation problems;
  private final Map<String, MacroSpec> specs = new LinkedHashMap<>();
  private final Map<String, String> resolved = new LinkedHashMap<>();
  private Function<String, Optional<String>> wordLists;

  Macros(List<MacroSpec> macros, RuleCompilation problems) {
    this.problems = problems;
    for (MacroSpec spec : list(macros)) {
      String name = spec.name();
      if (name == null || !name.matches("[A-Z][A-Z0-9_]*")) {
        problems.add(FILE, name, "a macro needs a name of capitals, digits and _ (NUMBER, UNIT_VALUE)");
      } else if (specs.containsKey(name)) {
        problems.add(FILE, name, "macro " + name + " is defined twice");
      } else if ((spec.pattern() == null) == (spec.words() == null)) {
        problems.add(FILE, name, "a macro has either a pattern or words, not " + (spec.pattern() == null ? "neither" : "both"));
      } else if (spec.words() != null && !WORD_LISTS.contains(spec.words())) {
        problems.add(FILE, name, "words must name a word list of values.yaml (" + String.join(", ", WORD_LISTS)
            + "), not " + spec.words());
      } else {
        specs.put(name, spec);
      }
    }
  }

  /** Whether {@code name} is defined here. */
  boolean defines(String name) {
    return specs.containsKey(name);
  }

  /** Makes the word-list macros resolvable: {@code lists} gives the alternation of a values.yaml list. */
  void bindWordLists(Function<String, Optional<String>> lists) {
    this.wordLists = lists;
  }

  /**
   * The pattern with each {NAME} replaced by {@code (?:body)}: a file's own macros first, then these.
   * Problems are reported against {@code file} and {@code id}.
   */
  String expand(String pattern, Map<String, String> local, String file, String id) {
    return expand(pattern, local, file, id, new ArrayDeque<>());
  }

  private String expand(String pattern, Map<String, String> local, String file, String id, Deque<String> path) {
    Matcher m = MACRO.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String body = local.containsKey(name) ? local.get(name) : body(name, file, id, path);
      m.appendReplacement(out, Matcher.quoteReplacement("(?:" + body + ")"));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String body(String name, String file, String id, Deque<String> path) {
    if (resolved.containsKey(name)) {
      return resolved.get(name);
    }
    MacroSpec spec = specs.get(name);
    if (spec == null) {
      problems.add(file, id, "unknown macro {" + name + "}");
      return "(?!)";
    }
    if (path.contains(name)) {
      List<String> cycle = new ArrayList<>(path);
      java.util.Collections.reverse(cycle);
      cycle = new ArrayList<>(cycle.subList(cycle.indexOf(name), cycle.size()));
      cycle.add(name);
      problems.add(FILE, name, "macros form a cycle: " + String.join(" -> ", cycle));
      return "(?!)";
    }
    String body;
    if (spec.words() != null) {
      if (wordLists == null) {
        problems.add(file, id, "macro {" + name + "} is made of values.yaml words and cannot be used in " + file);
        return "(?!)";
      }
      body = wordLists.apply(spec.words()).orElse("(?!)");
    } else {
      path.push(name);
      body = expand(spec.pattern(), Map.of(), FILE, name, path);
      path.pop();
    }
    resolved.put(name, body);
    return body;
  }

  /** Resolves every macro, checks that its body compiles and runs its examples. */
  void check(List<RuleExample> examples) {
    for (MacroSpec spec : specs.values()) {
      String body = body(spec.name(), FILE, spec.name(), new ArrayDeque<>());
      Pattern compiled;
      try {
        compiled = Pattern.compile(body);
      } catch (PatternSyntaxException e) {
        problems.add(FILE, spec.name(), "pattern does not compile: " + e.getDescription());
        continue;
      }
      for (MacroExample ex : list(spec.examples())) {
        boolean want = ex.match() == null || ex.match();
        boolean got = compiled.matcher(String.valueOf(ex.text())).matches();
        problems.record(examples, FILE, spec.name(), ex.text(),
            got == want ? null : (want ? "does not match" : "matches, and must not"));
      }
    }
  }
}
