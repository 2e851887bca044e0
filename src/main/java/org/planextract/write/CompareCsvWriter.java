package org.planextract.write;

import static org.planextract.write.CsvLines.d;
import static org.planextract.write.CsvLines.s;

import java.util.ArrayList;
import java.util.List;
import org.planextract.compare.CompareEntry;
import org.planextract.model.Value;

/**
 * compare.csv: one row per plan × canonical indicator (see {@link CompareEntry}), long format, with
 * the values as printed and, in the last columns, restated in the unit they are compared in.
 */
public final class CompareCsvWriter {
  static final List<String> COLUMNS = List.of("docId", "title", "region", "province", "level", "period",
      "canonicalId", "name", "unit", "baselineRaw", "baselineKind", "baselineOp", "baselineValue", "baselineYear",
      "targetRaw", "targetKind", "targetOp", "targetValue", "targetMin", "targetMax", "targetDirection",
      "targetReference", "targetYear", "nature", "line", "source", "compareUnit", "baselineCompared",
      "targetCompared", "targetMinCompared", "targetMaxCompared");

  private final CsvLines csv = new CsvLines(COLUMNS);

  public String header() {
    return csv.header();
  }

  /** The rows of some entries, without header. */
  public String rows(List<CompareEntry> entries) {
    List<List<String>> rows = new ArrayList<>();
    for (CompareEntry e : entries) {
      rows.add(row(e));
    }
    return csv.rows(rows);
  }

  static List<String> row(CompareEntry e) {
    Value b = e.baseline();
    Value t = e.target();
    List<String> r = new ArrayList<>(List.of(e.docId(), s(e.title()), s(e.region()), s(e.province()), s(e.level()),
        s(e.period()), e.canonicalId(), s(e.name()), s(e.unit())));
    r.addAll(List.of(b == null ? "" : b.raw(), b == null ? "" : b.kind().wire(),
        b == null || b.op() == null ? "" : b.op().wire(), b == null ? "" : d(b.value()), b == null ? "" : s(b.year())));
    r.addAll(List.of(t == null ? "" : t.raw(), t == null ? "" : t.kind().wire(),
        t == null || t.op() == null ? "" : t.op().wire(), t == null ? "" : d(t.value()), t == null ? "" : d(t.min()),
        t == null ? "" : d(t.max()), t == null || t.direction() == null ? "" : t.direction().wire(),
        t == null ? "" : s(t.reference()), t == null ? "" : s(t.year())));
    r.addAll(List.of(e.nature() == null ? "" : e.nature().wire(), Integer.toString(e.line()), e.source(),
        s(e.compareUnit()), d(e.baselineCompared()), d(e.targetCompared()), d(e.targetMinCompared()),
        d(e.targetMaxCompared())));
    return r;
  }
}
