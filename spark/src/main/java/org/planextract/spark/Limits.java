package org.planextract.spark;

import java.io.Serializable;
import java.time.Duration;

/** The per-document limits, as in the CLI: size in bytes ({@code --max-bytes}) and time ({@code --time-limit}). */
public record Limits(long maxBytes, Duration timeLimit) implements Serializable {
  private static final long serialVersionUID = 1L;

  public Limits {
    if (maxBytes <= 0 || timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
