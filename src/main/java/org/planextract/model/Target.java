package org.planextract.model;

import java.util.Objects;

/**
 * A number stated in running text: a target for a future year (到2025年…达到…) or a fact about a
 * past one (截至2020年…达到…), with the sentence it is in and the rule that found it.
 */
public record Target(
    TargetKind kind,
    String indicator,
    String canonicalId,
    Value value,
    String sectionId,
    int line,
    Span span,
    String sentence,
    String rule) {
  public Target {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(rule, "rule");
  }
}
