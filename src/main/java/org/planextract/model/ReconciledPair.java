package org.planextract.model;

import java.util.List;
import java.util.Objects;

/**
 * A text target (or fact) and the indicator row it restates. {@code column} says which value of
 * the row it restates ({@code target} or {@code baseline}); {@code differences} names what differs
 * ({@code value}, {@code comparator}, {@code unit}, {@code kind}) and is empty for an agreeing pair.
 * {@code comparable} is false when the two cannot be set against each other (one has no number,
 * or a change is stated against another year than the row's baseline): such a pair counts as
 * agreeing, since it cannot contradict.
 */
public record ReconciledPair(
    String canonicalId,
    String indicator,
    String textIndicator,
    String column,
    Integer year,
    Value tableValue,
    Value textValue,
    int tableLine,
    int textLine,
    boolean comparable,
    List<String> differences) {
  public ReconciledPair {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(column, "column");
    differences = List.copyOf(differences);
  }
}
