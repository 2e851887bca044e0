package org.planextract.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.planextract.model.PlanDocument;
import org.planextract.model.Target;
import org.planextract.model.Value;

/**
 * The {@code targets/} table: one row per target or fact found in running text, with its value's
 * fields, year, kind, line and sentence. The columns are defined here, once, and written as cell
 * texts in the same conventions as indicators.csv (empty string for none, plain decimals).
 */
final class TargetRows {
  static final List<String> COLUMNS = List.of("docId", "region", "kind", "indicator", "canonicalId", "valueRaw",
      "valueKind", "valueOp", "valueValue", "valueMin", "valueMax", "valueUnit", "valueDirection", "valueYear",
      "valueReference", "sectionId", "line", "sentence", "rule");

  List<List<String>> rows(PlanDocument doc) {
    List<List<String>> rows = new ArrayList<>();
    for (Target t : doc.targets()) {
      rows.add(row(doc, t));
    }
    return rows;
  }

  private static List<String> row(PlanDocument doc, Target t) {
    Value v = t.value();
    // Arrays.asList, not List.of: a value cell may be null before s() maps it to "".
    return List.copyOf(Arrays.asList(doc.docId(), s(doc.region() == null ? null : doc.region().name()),
        t.kind().wire(), s(t.indicator()), s(t.canonicalId()), v.raw(), v.kind().wire(),
        v.op() == null ? "" : v.op().wire(), d(v.value()), d(v.min()), d(v.max()), s(v.unit()),
        v.direction() == null ? "" : v.direction().wire(), s(v.year()), s(v.reference()), s(t.sectionId()),
        Integer.toString(t.line()), s(t.sentence()), t.rule()));
  }

  private static String s(Object o) {
    return o == null ? "" : o.toString();
  }

  private static String d(BigDecimal v) {
    return v == null ? "" : v.toPlainString();
  }
}
