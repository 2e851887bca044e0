package org.planextract.rules;

/**
 * One problem of a rule set: the file, the line (0 when unknown), the rule (null for a file-level
 * problem) and what is wrong. Printed as {@code rules/targets.yaml: line 40: rule target-level: …}.
 */
public record RuleProblem(String file, int line, String ruleId, String message) {
  /** The one-line form, with the rule folder or "(bundled)" in front of the file name. */
  public String render(String source) {
    return source + "/" + file + ": " + (line > 0 ? "line " + line + ": " : "")
        + (ruleId == null ? "" : "rule " + ruleId + ": ") + message;
  }
}
