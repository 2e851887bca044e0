package org.planextract.write;

import static org.planextract.write.CsvLines.s;

import java.util.List;
import org.planextract.model.PlanDocument;

/** The plan's own columns repeated on each exported row: docId, region, province, level, period. */
final class PlanColumns {
  private PlanColumns() {}

  static List<String> of(PlanDocument doc) {
    var r = doc.region();
    return List.of(doc.docId(), s(r == null ? null : r.name()), s(r == null ? null : r.province()),
        r == null || r.level() == null ? "" : r.level().wire(), doc.period() == null ? "" : s(doc.period().start()),
        doc.period() == null ? "" : s(doc.period().end()));
  }
}
