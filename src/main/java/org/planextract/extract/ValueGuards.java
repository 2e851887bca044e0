package org.planextract.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Each target rule's value group compiled as a pattern of its own: a rule can match a clause at or
 * after a position only if its value part is found there, so a rule whose value part is absent is
 * not tried. This is a necessary condition, never a different match, and it turns the failing
 * search of a pattern such as {@code (?<indicator>.+?)(?<value>LEVEL)} — quadratic in the clause,
 * the lazy indicator widened at every start — into one linear scan. A rule gets no guard when its
 * value group cannot be taken out alone: inline flags or back-references anywhere in the pattern.
 */
final class ValueGuards {
  private static final Pattern UNSAFE = Pattern.compile("\\(\\?[idmsuxU-]+[):]|\\\\k<|\\\\[1-9]");

  /** Per rule, in rule order: its guard, or null when it has none. */
  private final List<Pattern> guards;

  private ValueGuards(List<Pattern> guards) {
    this.guards = guards;
  }

  static ValueGuards of(List<TargetRule> rules) {
    List<Pattern> guards = new ArrayList<>();
    for (TargetRule rule : rules) {
      String regex = rule.pattern().pattern();
      String group = rule.enumeration() ? "values" : "value";
      guards.add(UNSAFE.matcher(regex).find() ? null
          : groupBody(regex, group).map(body -> Pattern.compile(body, rule.pattern().flags())).orElse(null));
    }
    return new ValueGuards(guards);
  }

  /** Whether rule {@code r} may match {@code clause} at or after {@code pos}. */
  boolean mayMatch(int r, CharSequence clause, int pos) {
    Pattern guard = guards.get(r);
    return guard == null || guard.matcher(clause).find(pos);
  }

  /** Whether rule {@code r} has a guard (for tests). */
  boolean guarded(int r) {
    return guards.get(r) != null;
  }

  /**
   * The text between {@code (?<group>} and its closing parenthesis, skipping escapes, {@code \Q…\E}
   * quotes and character classes; empty when the group is not there or the pattern is not balanced.
   */
  static Optional<String> groupBody(String regex, String group) {
    String open = "(?<" + group + ">";
    int start = regex.indexOf(open);
    if (start < 0) {
      return Optional.empty();
    }
    int depth = 1;
    int classDepth = 0;
    int i = start + open.length();
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '\\') {
        if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
          int end = regex.indexOf("\\E", i + 2);
          if (end < 0) {
            return Optional.empty();
          }
          i = end + 2;
          continue;
        }
        i += 2;
        continue;
      }
      if (classDepth > 0) {
        if (c == '[') {
          classDepth++;
        } else if (c == ']') {
          classDepth--;
        }
      } else if (c == '[') {
        classDepth = 1;
        // A ] right after [ or [^ is a literal member.
        if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
          i++;
        }
        if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
          i++;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return Optional.of(regex.substring(start + open.length(), i));
        }
      }
      i++;
    }
    return Optional.empty();
  }
}
