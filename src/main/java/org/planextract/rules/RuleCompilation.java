package org.planextract.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.planextract.normalize.TextNormalizer;

/**
 * One compilation of a rule set: the problems found so far (reported together, each naming file,
 * line and rule), macro expansion and regex compilation that report into it, and the record of
 * rule examples run.
 */
final class RuleCompilation {
  private final String source;
  private final List<RuleProblem> problems = new ArrayList<>();
  private final RuleLoader.ExampleFailures exampleFailures;
  private final List<byte[]> files;
  private final List<YamlLines> lines = new ArrayList<>();
  private final boolean checksPassed;
  private Macros macros = new Macros(List.of(), this);

  /**
   * {@code checksPassed}: these very files already passed the backtracking probes and the examples
   * with this code ({@link RuleCheckCache}), so the compilers skip them.
   */
  RuleCompilation(String source, List<byte[]> files, RuleLoader.ExampleFailures exampleFailures,
      boolean checksPassed) {
    this.source = source;
    this.exampleFailures = exampleFailures;
    this.files = List.copyOf(files);
    this.checksPassed = checksPassed;
  }

  /** Whether the backtracking probes and examples are known to pass (and are not run again). */
  boolean checksPassed() {
    return checksPassed;
  }

  void add(String file, String ruleId, String message) {
    problems.add(new RuleProblem(file, lineOf(file, ruleId), ruleId, message));
  }

  /** A problem whose line the YAML parser gave. */
  void addAt(String file, int line, String message) {
    problems.add(new RuleProblem(file, line, null, message));
  }

  /** The problems found so far. */
  List<RuleProblem> problems() {
    return List.copyOf(problems);
  }

  /**
   * The line where the rule is defined, as the YAML parser located it: the entry whose {@code id:}
   * or {@code name:} is the rule id (or its last dotted part), else the first key of that name; 0
   * when not found.
   */
  private int lineOf(String file, String ruleId) {
    int index = RuleLoader.FILES.indexOf(file);
    if (ruleId == null || index < 0) {
      return 0;
    }
    String key = ruleId.contains(".") ? ruleId.substring(ruleId.lastIndexOf('.') + 1) : ruleId;
    if (lines.isEmpty()) {
      for (byte[] content : files) {
        lines.add(YamlLines.of(content));
      }
    }
    return lines.get(index).lineOf(key);
  }

  /** Whether a problem was already recorded for this rule (its examples are then not run). */
  boolean mentions(String ruleId) {
    return problems.stream().anyMatch(p -> p.ruleId() != null
        && (p.ruleId().equals(ruleId) || p.ruleId().startsWith(ruleId + ".")));
  }

  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw RuleLoadException.of(problems.stream().map(p -> p.render(source)).toList());
    }
  }

  /** The shared macros of rules/macros.yaml that {@link #expand} uses. */
  void useMacros(Macros shared) {
    this.macros = shared;
  }

  /**
   * The pattern with each {NAME} replaced by its macro, as a non-capturing group: the file's own
   * {@code local} macros, then those of rules/macros.yaml.
   */
  String expand(String pattern, Map<String, String> local, String file, String id) {
    if (pattern == null) {
      add(file, id, "no pattern");
      return "(?!)";
    }
    for (String name : local.keySet()) {
      if (macros.defines(name)) {
        add(file, name, "macro " + name + " is defined in macros.yaml too; use that one");
      }
    }
    return macros.expand(pattern, local, file, id);
  }

  Optional<Pattern> compile(String file, String id, String regex, List<String> groups) {
    if (regex == null) {
      add(file, id, "no pattern");
      return Optional.empty();
    }
    try {
      Pattern p = Pattern.compile(regex);
      for (String group : groups) {
        if (!regex.contains("(?<" + group + ">")) {
          add(file, id, "pattern lacks the named group (?<" + group + ">...)");
        }
      }
      return Optional.of(p);
    } catch (PatternSyntaxException e) {
      add(file, id, "pattern does not compile: " + e.getDescription() + " near index " + e.getIndex());
      return Optional.empty();
    }
  }

  void record(List<RuleExample> examples, String file, String id,
      String text, String failure) {
    examples.add(new RuleExample(file, id, text, failure == null, failure));
    if (failure != null && exampleFailures == RuleLoader.ExampleFailures.FAIL) {
      add(file, id, "example \"" + text + "\" " + failure);
    }
  }

  static void expect(List<String> wrong, String field, String expected, String actual) {
    if (expected != null && !expected.equals(actual)) {
      wrong.add(field + " '" + actual + "', expected '" + expected + "'");
    }
  }

  static void expectNumber(List<String> wrong, String field, String expected, BigDecimal actual) {
    if (expected != null && (actual == null || new BigDecimal(expected).compareTo(actual) != 0)) {
      wrong.add(field + " " + actual + ", expected " + expected);
    }
  }

  static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }

  static List<String> folded(List<String> words) {
    return list(words).stream().map(w -> TextNormalizer.key(w)).toList();
  }
}
