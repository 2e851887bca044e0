package org.planextract.compare;

import java.math.BigDecimal;
import java.util.Objects;
import org.planextract.model.Nature;
import org.planextract.model.Value;

/**
 * One plan's values for one canonical indicator: a row of compare.csv. {@code source} is
 * {@code table} (the indicator table) or {@code text} (running text, used only when the table lacks
 * the indicator: target from a target sentence, baseline from a fact). {@code compareUnit} is the
 * unit the values are compared in (the dictionary's unit when a conversion rule reaches it, else the
 * plan's own unit), and the {@code ...Compared} numbers are the level values restated in it.
 */
public record CompareEntry(
    String docId,
    String title,
    String region,
    String province,
    String level,
    String period,
    String canonicalId,
    String name,
    String unit,
    Value baseline,
    Value target,
    Nature nature,
    int line,
    String source,
    String compareUnit,
    BigDecimal baselineCompared,
    BigDecimal targetCompared,
    BigDecimal targetMinCompared,
    BigDecimal targetMaxCompared) {
  public CompareEntry {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(canonicalId, "canonicalId");
    Objects.requireNonNull(source, "source");
  }

  /** A label for the plan in charts: the region's name, else the title, else the docId. */
  public String planLabel() {
    return region != null ? region : title != null ? title : docId;
  }
}
