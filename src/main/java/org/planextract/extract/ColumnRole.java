package org.planextract.extract;

/** What a column of an indicator table holds. */
public enum ColumnRole {
  SEQ,
  CATEGORY,
  NAME,
  UNIT,
  NATURE,
  BASELINE,
  TARGET
}
