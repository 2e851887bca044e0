package org.planextract.model;

import java.util.Objects;

/**
 * One row of a plan's main indicator table (主要指标). {@code parentSeq} is set on a 其中： row
 * (a sub-indicator) to the 序号 of the row it belongs to.
 */
public record Indicator(
    Integer seq,
    Integer parentSeq,
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
