package org.planextract.model;

import java.util.List;

/**
 * How a plan's running text and its indicator table agree: each text target or fact linked to the
 * indicator row it restates (same canonicalId or same normalized name, and the year of the row's
 * target or baseline), split into pairs that agree and pairs that disagree, plus the rows no
 * sentence restates and the text items no row matches.
 */
public record Reconciliation(
    List<ReconciledPair> agreeing,
    List<ReconciledPair> disagreeing,
    List<ReconciliationItem> rowsNotRestated,
    List<ReconciliationItem> targetsWithoutRow) {
  public Reconciliation {
    agreeing = List.copyOf(agreeing);
    disagreeing = List.copyOf(disagreeing);
    rowsNotRestated = List.copyOf(rowsNotRestated);
    targetsWithoutRow = List.copyOf(targetsWithoutRow);
  }

  /** Nothing to reconcile (a plan without indicators and text targets). */
  public static Reconciliation empty() {
    return new Reconciliation(List.of(), List.of(), List.of(), List.of());
  }
}
