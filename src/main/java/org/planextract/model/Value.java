package org.planextract.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A parsed value cell or phrase: the raw text as printed and its reading. Which numeric fields are
 * set depends on {@code kind}: {@code value} for level/change/annualChange, {@code min}/{@code max}
 * for range.
 */
public record Value(
    String raw,
    ValueKind kind,
    Op op,
    BigDecimal value,
    BigDecimal min,
    BigDecimal max,
    String unit,
    Direction direction,
    Integer year,
    String reference) {
  public Value {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(kind, "kind");
    if (min != null && max != null && min.compareTo(max) > 0) {
      throw new IllegalArgumentException("range min > max: " + raw);
    }
  }

  /** An empty cell or a dash. */
  public static Value missing(String raw, Integer year) {
    return new Value(raw, ValueKind.MISSING, null, null, null, null, null, null, year, null);
  }
}
