package org.planextract.write;

import java.util.Objects;
import org.planextract.compare.CompareEntries;

/**
 * What the aggregate files need beyond the per-plan files: the tool version and rules checksum
 * recorded in corpus.sqlite's meta table, and the comparison rules (dictionary units, conversions).
 */
public record ExportContext(String toolVersion, String rulesSha256, CompareEntries compare) {
  public ExportContext {
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(rulesSha256, "rulesSha256");
    Objects.requireNonNull(compare, "compare");
  }
}
