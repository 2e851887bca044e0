package org.planextract.model;

import java.util.Objects;

/** One row of a plan's main indicator table (主要指标). */
public record Indicator(
    Integer seq,
    String category,
    String name,
    String unit,
    boolean unitInferred,
    String canonicalId,
    Value baseline,
    Value target,
    Nature nature,
    String natureRaw,
    String tableId,
    int line) {
  public Indicator {
    Objects.requireNonNull(name, "name");
  }
}
