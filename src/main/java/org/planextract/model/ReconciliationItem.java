package org.planextract.model;

import java.util.Objects;

/** An indicator row no sentence restates, or a text target or fact no indicator row matches. */
public record ReconciliationItem(String canonicalId, String indicator, Integer year, String raw, int line) {
  public ReconciliationItem {
    Objects.requireNonNull(indicator, "indicator");
  }
}
