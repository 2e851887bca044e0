package org.planextract.incremental;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.planextract.normalize.TextNormalizer;
import org.planextract.extract.TriggerLiterals;

/**
 * Decides, for a plan whose input is unchanged since its output was written, whether a rule edit
 * can change that output. Conservative: html.yaml reaches only .html plans; a changed, added or
 * removed target rule reaches only plans that it made items in or whose text holds the rule's
 * trigger literals (old or new version); every other change, a change of the targets settings,
 * a reordering of rules, a pattern with no derivable literals, or no record of the previous rules,
 * re-extracts the plan.
 */
public final class RerunPlanner {
  private final String currentSha;
  private final RuleFingerprint current;
  private final RuleFingerprint previous;

  /** Whether to extract again, and why (or why not), as the manifest records it. */
  public record Decision(boolean rerun, String reason) {}

  /** {@code current} or {@code previous} may be null (not known): then any rule change re-extracts. */
  public RerunPlanner(String currentSha, RuleFingerprint current, RuleFingerprint previous) {
    this.currentSha = currentSha;
    this.current = current;
    this.previous = previous;
  }

  /**
   * @param usedSha the rules checksum the plan's output was made (or last confirmed) with
   * @param usedFiles per rule file, the sha256 it had then (null when the journal predates it)
   * @param format the plan's input format (txt, docx, html)
   * @param usedRuleIds the target rules that made items in the plan
   * @param text the plan's rendering, read only when a target rule's literals must be looked for
   */
  public Decision decide(String usedSha, Map<String, String> usedFiles, String format, List<String> usedRuleIds,
      Supplier<String> text) {
    if (usedSha.equals(currentSha)) {
      return new Decision(false, "unchanged");
    }
    if (current == null || usedFiles == null) {
      return new Decision(true, "rules changed (no per-file record)");
    }
    List<String> changed = new ArrayList<>();
    current.files().forEach((name, sha) -> {
      if (!sha.equals(usedFiles.get(name))) {
        changed.add(name);
      }
    });
    List<String> unaffected = new ArrayList<>();
    for (String file : changed) {
      if (file.equals(RuleFingerprint.HTML)) {
        if (format.equals("html")) {
          return new Decision(true, "html.yaml changed");
        }
        unaffected.add("html.yaml");
      } else if (file.equals(RuleFingerprint.TARGETS)) {
        Decision d = targets(usedFiles.get(RuleFingerprint.TARGETS), usedRuleIds, text);
        if (d.rerun()) {
          return d;
        }
        unaffected.add(d.reason());
      } else {
        return new Decision(true, file + " changed");
      }
    }
    return new Decision(false, "rule change cannot affect it: " + String.join("; ", unaffected));
  }

  private Decision targets(String usedSha, List<String> usedRuleIds, Supplier<String> text) {
    if (previous == null || !Objects.equals(previous.files().get(RuleFingerprint.TARGETS), usedSha)) {
      return new Decision(true, "targets.yaml changed (the previous rules are not on record)");
    }
    if (!previous.targetsSettings().equals(current.targetsSettings())) {
      return new Decision(true, "targets.yaml settings changed");
    }
    Map<String, RuleFingerprint.TargetRule> before = byId(previous.targetRules());
    Map<String, RuleFingerprint.TargetRule> after = byId(current.targetRules());
    List<String> keptBefore = previous.targetRules().stream().map(RuleFingerprint.TargetRule::id).filter(after::containsKey).toList();
    List<String> keptAfter = current.targetRules().stream().map(RuleFingerprint.TargetRule::id).filter(before::containsKey).toList();
    if (!keptBefore.equals(keptAfter)) {
      return new Decision(true, "target rules reordered");
    }
    Set<String> ids = new java.util.TreeSet<>(before.keySet());
    ids.addAll(after.keySet());
    String folded = null;
    List<String> touched = new ArrayList<>();
    for (String id : ids) {
      RuleFingerprint.TargetRule b = before.get(id);
      RuleFingerprint.TargetRule a = after.get(id);
      if (b != null && a != null && b.sha256().equals(a.sha256())) {
        continue;
      }
      String what = b == null ? "new" : a == null ? "removed" : "changed";
      if (usedRuleIds != null && usedRuleIds.contains(id)) {
        return new Decision(true, what + " target rule " + id + " made items in it");
      }
      for (RuleFingerprint.TargetRule version : new RuleFingerprint.TargetRule[] {b, a}) {
        if (version == null) {
          continue;
        }
        if (version.literals() == null || version.literals().isEmpty()) {
          return new Decision(true, what + " target rule " + id + " has no trigger words to look for");
        }
        if (folded == null) {
          folded = TextNormalizer.fold(text.get());
        }
        if (TriggerLiterals.mayMatch(version.literals(), folded)) {
          return new Decision(true, what + " target rule " + id + ": its trigger words occur (" + version.literals() + ")");
        }
      }
      touched.add(what + " target rule " + id + " (trigger words absent)");
    }
    return new Decision(false, String.join(", ", touched));
  }

  private static Map<String, RuleFingerprint.TargetRule> byId(List<RuleFingerprint.TargetRule> rules) {
    Map<String, RuleFingerprint.TargetRule> m = new java.util.LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (RuleFingerprint.TargetRule r : rules) {
      if (seen.add(r.id())) {
        m.put(r.id(), r);
      }
    }
    return m;
  }
}
