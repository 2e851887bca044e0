package org.planextract.extract;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One sentence pattern of rules/targets.yaml, compiled: its id (carried into {@code Target.rule})
 * and a pattern with groups {@code indicator}/{@code value}, or {@code indicators}/{@code values}
 * for an enumeration with 分别. With {@code inheritsIndicator}, a match whose indicator phrase is
 * empty speaks of the indicator of the clause before it (…达到76.79岁，比2015年提高了1.64岁).
 */
public record TargetRule(String id, Pattern pattern, boolean inheritsIndicator) {
  public TargetRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(pattern, "pattern");
  }

  /** Whether the rule pairs a list of indicators with a list of values. */
  public boolean enumeration() {
    return pattern.pattern().contains("(?<indicators>");
  }
}
