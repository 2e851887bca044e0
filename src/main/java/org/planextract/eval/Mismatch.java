package org.planextract.eval;

/** One item expected but not found (MISS), found but not expected (EXTRA), or found with a wrong field (WRONG). */
public record Mismatch(String docId, String field, Kind kind, Integer line, String item) {
  /** What went wrong. */
  public enum Kind {
    MISS,
    EXTRA,
    WRONG
  }
}
