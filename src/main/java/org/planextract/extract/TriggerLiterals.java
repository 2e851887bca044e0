package org.planextract.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The literal words a pattern cannot match without, as a conjunction of alternatives: for
 * {@code (?<indicator>.+?)分别(?<values>{VALUE}…)} it is [[分别]]; for {@code (?:增长|提高)率} it is
 * [[增长, 提高], [率]]. A text that lacks every alternative of one clause cannot match the pattern
 * anywhere. Derived conservatively from the regex: classes, dots, escapes other than escaped
 * punctuation, {@code {MACRO}}s and optional parts require nothing; {@code \Q…\E} requires its text;
 * anything not understood (back-references, inline flags) makes the result null, "not analysable".
 */
public final class TriggerLiterals {
  private final String p;
  private int i;

  private TriggerLiterals(String pattern) {
    this.p = pattern;
  }

  /** The required literals of {@code pattern}; null when it is not analysable. */
  public static List<List<String>> of(String pattern) {
    TriggerLiterals t = new TriggerLiterals(pattern);
    try {
      List<List<String>> clauses = t.alternation();
      if (t.i != pattern.length()) {
        return null;
      }
      return clauses;
    } catch (IllegalArgumentException notUnderstood) {
      return null;
    }
  }

  /** True when {@code text} holds at least one alternative of every clause. */
  public static boolean mayMatch(List<List<String>> clauses, String text) {
    return clauses.stream().allMatch(any -> any.stream().anyMatch(text::contains));
  }

  private List<List<String>> alternation() {
    List<List<List<String>>> branches = new ArrayList<>();
    branches.add(sequence());
    while (i < p.length() && p.charAt(i) == '|') {
      i++;
      branches.add(sequence());
    }
    if (branches.size() == 1) {
      return branches.get(0);
    }
    // One clause: the union of each branch's best clause; a branch requiring nothing requires nothing.
    Set<String> union = new LinkedHashSet<>();
    for (List<List<String>> b : branches) {
      if (b.isEmpty()) {
        return List.of();
      }
      union.addAll(best(b));
    }
    return List.of(List.copyOf(union));
  }

  /** The clause with the longest shortest alternative: the most selective one. */
  private static List<String> best(List<List<String>> clauses) {
    List<String> best = clauses.get(0);
    for (List<String> c : clauses) {
      if (shortest(c) > shortest(best)) {
        best = c;
      }
    }
    return best;
  }

  private static int shortest(List<String> c) {
    return c.stream().mapToInt(String::length).min().orElse(0);
  }

  private List<List<String>> sequence() {
    List<List<String>> clauses = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
      int start = i;
      List<List<String>> atom = atom();
      Character literal = atom == null && i - start >= 1 ? literalAt(start) : null;
      Quantifier q = quantifier();
      if (literal != null && q == Quantifier.ONE) {
        run.append(literal);
        continue;
      }
      flush(run, clauses);
      if (literal != null && q == Quantifier.ONE_OR_MORE) {
        clauses.add(List.of(String.valueOf(literal)));
      } else if (atom != null && q != Quantifier.OPTIONAL) {
        clauses.addAll(atom);
      }
    }
    flush(run, clauses);
    return clauses;
  }

  private Character literalAt(int start) {
    char c = p.charAt(start);
    if (c == '\\') {
      return p.charAt(start + 1);
    }
    return c;
  }

  private static void flush(StringBuilder run, List<List<String>> clauses) {
    if (run.length() > 0) {
      clauses.add(List.of(run.toString()));
      run.setLength(0);
    }
  }

  /**
   * Parses one atom. Returns null for a single literal character (left at p[start..i)), an empty
   * list for an atom requiring nothing, or the clauses a group requires.
   */
  private List<List<String>> atom() {
    char c = p.charAt(i);
    switch (c) {
      case '(' -> {
        i++;
        boolean lookaround = false;
        if (p.startsWith("?:", i)) {
          i += 2;
        } else if (p.startsWith("?<=", i) || p.startsWith("?<!", i)) {
          lookaround = true;
          i += 3;
        } else if (p.startsWith("?=", i) || p.startsWith("?!", i)) {
          lookaround = true;
          i += 2;
        } else if (p.startsWith("?<", i)) {
          int close = p.indexOf('>', i);
          if (close < 0) {
            throw new IllegalArgumentException("unclosed group name");
          }
          i = close + 1;
        } else if (i < p.length() && p.charAt(i) == '?') {
          throw new IllegalArgumentException("inline flags or other group");
        }
        List<List<String>> inner = alternation();
        if (i >= p.length() || p.charAt(i) != ')') {
          throw new IllegalArgumentException("unclosed group");
        }
        i++;
        return lookaround ? List.of() : inner;
      }
      case '[' -> {
        i++;
        if (i < p.length() && p.charAt(i) == '^') {
          i++;
        }
        if (i < p.length() && p.charAt(i) == ']') {
          i++;
        }
        while (i < p.length() && p.charAt(i) != ']') {
          i += p.charAt(i) == '\\' ? 2 : 1;
        }
        if (i >= p.length()) {
          throw new IllegalArgumentException("unclosed class");
        }
        i++;
        return List.of();
      }
      case '{' -> {
        int close = p.indexOf('}', i);
        if (close < 0 || !p.substring(i + 1, close).matches("[A-Z_]+")) {
          throw new IllegalArgumentException("a brace that is not a macro");
        }
        i = close + 1;
        return List.of();
      }
      case '.', '^', '$' -> {
        i++;
        return List.of();
      }
      case '\\' -> {
        if (i + 1 >= p.length()) {
          throw new IllegalArgumentException("trailing backslash");
        }
        char e = p.charAt(i + 1);
        if (e == 'Q') {
          // \Q…\E, as Pattern.quote writes the value grammar's words: the quoted text, literally.
          int close = p.indexOf("\\E", i + 2);
          String quoted = p.substring(i + 2, close < 0 ? p.length() : close);
          i = close < 0 ? p.length() : close + 2;
          return quoted.isEmpty() ? List.of() : List.of(List.of(quoted));
        }
        i += 2;
        if (Character.isLetterOrDigit(e)) {
          if ("dDsSwWbB".indexOf(e) >= 0) {
            return List.of();
          }
          throw new IllegalArgumentException("escape \\" + e);
        }
        return null;
      }
      case '*', '+', '?' -> throw new IllegalArgumentException("dangling quantifier");
      default -> {
        i++;
        return null;
      }
    }
  }

  private enum Quantifier {
    ONE,
    OPTIONAL,
    ONE_OR_MORE
  }

  private Quantifier quantifier() {
    if (i >= p.length()) {
      return Quantifier.ONE;
    }
    char c = p.charAt(i);
    Quantifier q;
    if (c == '?' || c == '*') {
      i++;
      q = Quantifier.OPTIONAL;
    } else if (c == '+') {
      i++;
      q = Quantifier.ONE_OR_MORE;
    } else if (c == '{' && i + 1 < p.length() && Character.isDigit(p.charAt(i + 1))) {
      int close = p.indexOf('}', i);
      if (close < 0) {
        throw new IllegalArgumentException("unclosed quantifier");
      }
      String body = p.substring(i + 1, close);
      i = close + 1;
      q = body.startsWith("0") ? Quantifier.OPTIONAL : Quantifier.ONE_OR_MORE;
    } else {
      return Quantifier.ONE;
    }
    if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
      i++;
    }
    return q;
  }
}
