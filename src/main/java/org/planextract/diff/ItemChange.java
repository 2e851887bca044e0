package org.planextract.diff;

/**
 * One difference between two runs in one plan's field: an item {@code ADDED} in B, {@code REMOVED}
 * from A, or {@code CHANGED} (same item, other fields: {@code detail} lists them). {@code effect}
 * says, with fixtures, what it did to the score: FIXED_MISS, BROKE_HIT, REMOVED_EXTRA, NEW_EXTRA,
 * or null (no fixture, or no effect).
 */
public record ItemChange(String docId, String field, Kind kind, Integer line, String item, String detail, Effect effect) {
  /** What happened to the item. */
  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED
  }

  /** What the change did against the fixture. */
  public enum Effect {
    FIXED_MISS("fixed a miss"),
    BROKE_HIT("broke a hit"),
    REMOVED_EXTRA("removed an extra"),
    NEW_EXTRA("new extra");

    private final String label;

    Effect(String label) {
      this.label = label;
    }

    /** As the reports print it: "fixed a miss". */
    public String label() {
      return label;
    }
  }
}
