package org.planextract.extract;

/** What a column of an indicator table holds. */
public enum ColumnRole {
  SEQ,
  CATEGORY,
  NAME,
  UNIT,
  NATURE,
  BASELINE,
  TARGET,
  /**
   * 年均/累计: the value over the whole period (an annual average, or a five-year total in 〔〕), read as
   * the target where the target column has none, as national and provincial 纲要 tables print it.
   */
  PERIOD_TOTAL
}
