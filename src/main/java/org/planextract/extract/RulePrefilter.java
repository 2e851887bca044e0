package org.planextract.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which target rules can match a clause at all, decided from the words each rule's pattern cannot
 * match without ({@link TriggerLiterals}: 分别 for a respectively rule, 达到 or 提高 … for a level
 * rule). All rules' words are compiled once per rule set into one {@link LiteralAutomaton}; a clause
 * is scanned once, and a rule is tried only when every one of its required word groups has a word in
 * the clause. A rule whose pattern yields no word (not analysable, or requiring nothing) is always
 * tried. Skipping a rule that lacks a required word cannot change a match: the rule could not
 * have matched anywhere in the clause.
 */
public final class RulePrefilter {
  private final int ruleCount;
  /** Per rule: null when always tried, else its groups of literal ids (one of each group needed). */
  private final int[][][] requirements;
  private final LiteralAutomaton automaton;

  private RulePrefilter(int ruleCount, int[][][] requirements, LiteralAutomaton automaton) {
    this.ruleCount = ruleCount;
    this.requirements = requirements;
    this.automaton = automaton;
  }

  /** The prefilter of {@code rules}, in their order, with literals derived from each compiled pattern. */
  public static RulePrefilter of(List<TargetRule> rules) {
    List<List<List<String>>> literals = new ArrayList<>();
    for (TargetRule rule : rules) {
      literals.add(TriggerLiterals.of(rule.pattern().pattern()));
    }
    return fromLiterals(literals);
  }

  /**
   * The prefilter of rules given by their required literals (see {@link TriggerLiterals#of}); a null
   * or empty entry is a rule that is always tried.
   */
  public static RulePrefilter fromLiterals(List<List<List<String>>> literalsPerRule) {
    Map<String, Integer> ids = new LinkedHashMap<>();
    int[][][] requirements = new int[literalsPerRule.size()][][];
    for (int r = 0; r < literalsPerRule.size(); r++) {
      List<List<String>> groups = literalsPerRule.get(r);
      if (groups == null || groups.isEmpty() || groups.stream().anyMatch(g -> g.isEmpty() || g.contains(""))) {
        continue; // nothing to require: always tried
      }
      int[][] req = new int[groups.size()][];
      for (int g = 0; g < groups.size(); g++) {
        List<String> group = groups.get(g);
        req[g] = new int[group.size()];
        for (int a = 0; a < group.size(); a++) {
          req[g][a] = ids.computeIfAbsent(group.get(a), k -> ids.size());
        }
      }
      requirements[r] = req;
    }
    return new RulePrefilter(literalsPerRule.size(), requirements, new LiteralAutomaton(List.copyOf(ids.keySet())));
  }

  /** Whether rule {@code index} is always tried (no literal could be derived from its pattern). */
  public boolean alwaysTried(int index) {
    return requirements[index] == null;
  }

  /** The rules (by index) that may match somewhere in {@code text}; a superset of those that do. */
  public BitSet candidates(CharSequence text) {
    BitSet found = automaton.found(text);
    BitSet out = new BitSet(ruleCount);
    for (int r = 0; r < ruleCount; r++) {
      if (requirements[r] == null || satisfied(requirements[r], found)) {
        out.set(r);
      }
    }
    return out;
  }

  private static boolean satisfied(int[][] groups, BitSet found) {
    for (int[] group : groups) {
      boolean any = false;
      for (int id : group) {
        if (found.get(id)) {
          any = true;
          break;
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }
}
