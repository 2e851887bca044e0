package org.planextract.write;

import static org.planextract.write.CsvLines.d;
import static org.planextract.write.CsvLines.s;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planextract.model.PlanDocument;
import org.planextract.model.Section;
import org.planextract.model.Target;
import org.planextract.model.Value;

/**
 * targets.csv: one row per running-text target or fact of every plan, with its value fields,
 * year, kind, the title of its section, line and sentence, so the narrative can be read without
 * the JSON.
 */
public final class TargetsCsvWriter {
  /** The columns of targets.csv, in order (the Spark job's targets/ table has the same). */
  public static final List<String> COLUMNS = List.of("docId", "region", "province", "level", "periodStart", "periodEnd",
      "kind", "indicator", "canonicalId", "raw", "valueKind", "op", "value", "min", "max", "unit", "direction",
      "reference", "year", "sectionId", "sectionTitle", "line", "sentence", "rule");

  private final CsvLines csv = new CsvLines(COLUMNS);

  public String header() {
    return csv.header();
  }

  /** The rows of one plan, without header. */
  public String rows(PlanDocument doc) {
    return csv.rows(rowsOf(doc));
  }

  /** The cell texts of one plan's targets and facts, one list per item, in {@link #COLUMNS} order. */
  public static List<List<String>> rowsOf(PlanDocument doc) {
    Map<String, String> titles = new LinkedHashMap<>();
    for (Section s : doc.sections()) {
      titles.put(s.id(), s.title());
    }
    List<List<String>> rows = new ArrayList<>();
    for (Target t : doc.targets()) {
      Value v = t.value();
      List<String> r = new ArrayList<>(PlanColumns.of(doc));
      r.addAll(List.of(t.kind().wire(), s(t.indicator()), s(t.canonicalId()), v.raw(), v.kind().wire(),
          v.op() == null ? "" : v.op().wire(), d(v.value()), d(v.min()), d(v.max()), s(v.unit()),
          v.direction() == null ? "" : v.direction().wire(), s(v.reference()), s(v.year()), s(t.sectionId()),
          s(t.sectionId() == null ? null : titles.get(t.sectionId())), Integer.toString(t.line()), s(t.sentence()),
          t.rule()));
      rows.add(r);
    }
    return rows;
  }
}
