package org.planextract.model;

/** Closed list of things a stage can warn about without failing the document. */
public enum WarningCode {
  /** A heading number skips one or more values (（一）（三）). */
  NUMBERING_GAP,
  /** A heading number repeats the previous one. */
  NUMBERING_REPEAT,
  /** A heading written in another scheme of the same family fits the running sequence (（3） among （一）（二）). */
  NUMBERING_MISTYPED,
  /** A 专栏 number skips or repeats. */
  BOX_NUMBERING,
  /** An indicator 序号 repeats. */
  DUPLICATE_SEQ,
  /** An indicator row whose name is not in rules/indicators.yaml: its canonicalId is null. */
  UNKNOWN_INDICATOR,
  /** A value cell holds a number the value grammar cannot read; it is kept raw as qualitative. */
  VALUE_UNPARSED,
  /** An enumeration (甲、乙分别达到 X、Y、Z) pairs a different number of indicators and values; none is kept. */
  TARGET_COUNT_MISMATCH,
  /** A sentence restates an indicator row with another value, comparator or unit; the message names both lines. */
  TARGET_TABLE_MISMATCH,
  /** A list of the document (targets, table rows) passed a run limit; the excess was dropped. */
  LIMIT_TRUNCATED,
  /** The warning list was cut at its cap. */
  TOO_MANY_WARNINGS
}
