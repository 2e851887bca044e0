package org.planextract.spark;

import java.util.List;
import org.planextract.model.PlanDocument;
import org.planextract.write.TargetsCsvWriter;

/**
 * The {@code targets/} table: one row per target or fact found in running text, with exactly the
 * columns and cell texts of the CLI's targets.csv ({@link TargetsCsvWriter}), so the two cannot
 * drift apart.
 */
final class TargetRows {
  static final List<String> COLUMNS = TargetsCsvWriter.COLUMNS;

  List<List<String>> rows(PlanDocument doc) {
    return TargetsCsvWriter.rowsOf(doc);
  }
}
