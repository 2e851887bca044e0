package org.planextract.extract;

import java.util.regex.Matcher;

/** A target rule's match in a clause, positions relative to the clause (an enumeration rule's groups are plural). */
record RuleMatch(TargetRule rule, Matcher m) {
  int indicatorStart() {
    return m.start(rule.enumeration() ? "indicators" : "indicator");
  }

  int indicatorEnd() {
    return m.end(rule.enumeration() ? "indicators" : "indicator");
  }

  int valueStart() {
    return m.start(rule.enumeration() ? "values" : "value");
  }

  int valueEnd() {
    return m.end(rule.enumeration() ? "values" : "value");
  }

  int end() {
    return Math.max(m.end(), m.start() + 1);
  }
}
