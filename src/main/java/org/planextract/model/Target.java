package org.planextract.model;

import java.util.Objects;

/** A numeric target stated in running text (到2025年…达到…), with the rule that found it. */
public record Target(
    String indicator,
    String canonicalId,
    Value value,
    String sectionId,
    int line,
    Span span,
    String sentence,
    String rule) {
  public Target {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(rule, "rule");
  }
}
