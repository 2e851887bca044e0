package org.planextract.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.planextract.model.Indicator;
import org.planextract.model.PlanDocument;
import org.planextract.model.Value;

/**
 * indicators.csv: one flat row per indicator of every plan, UTF-8 with BOM so Excel opens it right,
 * with every field needed to read a value without the JSON (unit, direction, reference, range of
 * both values; the plan's title, province, level and period).
 */
public final class IndicatorsCsvWriter {
  /** The column names, in order; public so other outputs of the same rows (Parquet) cannot drift. */
  public static final List<String> COLUMNS = List.of("docId", "region", "seq", "parentSeq", "category", "name",
      "canonicalId", "unit", "unitInferred", "baselineRaw", "baselineKind", "baselineOp", "baselineValue",
      "baselineYear", "targetRaw", "targetKind", "targetOp", "targetValue", "targetMin", "targetMax",
      "targetYear", "nature", "line",
      // Appended later (existing consumers read the columns above by position):
      "baselineMin", "baselineMax", "baselineUnit", "baselineDirection", "baselineReference", "targetUnit",
      "targetDirection", "targetReference", "natureRaw", "tableId", "title", "province", "level", "periodStart",
      "periodEnd");

  private final CsvMapper mapper = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
  private final CsvSchema body = schema(false);
  private final CsvSchema withHeader = schema(true);

  private static CsvSchema schema(boolean header) {
    CsvSchema.Builder b = CsvSchema.builder().setUseHeader(header).setLineSeparator("\r\n");
    COLUMNS.forEach(b::addColumn);
    return b.build();
  }

  /** The byte-order mark and the header line. */
  public String header() {
    return "\ufeff" + String.join(",", COLUMNS) + "\r\n";
  }

  /** The rows of one document, without header. */
  public String rows(PlanDocument doc) {
    List<List<String>> rows = new ArrayList<>();
    for (Indicator i : doc.indicators()) {
      rows.add(row(doc, i));
    }
    return write(rows, body);
  }

  /** A whole file for some documents: BOM, header, rows. */
  public String render(List<PlanDocument> documents) {
    return "\ufeff" + write(rows(documents), withHeader);
  }

  private String write(List<List<String>> rows, CsvSchema schema) {
    if (rows.isEmpty() && !schema.usesHeader()) {
      return "";
    }
    List<List<String>> safe = rows.stream().map(r -> r.stream().map(SpreadsheetCells::neutralise).toList()).toList();
    try {
      return mapper.writer(schema).writeValueAsString(safe);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One list of cell texts per indicator of every document, in COLUMNS order. */
  static List<List<String>> rows(List<PlanDocument> documents) {
    List<List<String>> rows = new ArrayList<>();
    for (PlanDocument doc : documents) {
      for (Indicator i : doc.indicators()) {
        rows.add(row(doc, i));
      }
    }
    return rows;
  }

  /** The cell texts of one indicator row, in {@link #COLUMNS} order (empty string for none). */
  public static List<String> row(PlanDocument doc, Indicator i) {
    Value b = i.baseline();
    Value t = i.target();
    List<String> row = new ArrayList<>(List.of(doc.docId(), s(doc.region() == null ? null : doc.region().name()), s(i.seq()), s(i.parentSeq()),
        s(i.category()), i.name(), s(i.canonicalId()), s(i.unit()), Boolean.toString(i.unitInferred()),
        b == null ? "" : b.raw(), b == null ? "" : b.kind().wire(), b == null || b.op() == null ? "" : b.op().wire(),
        b == null ? "" : d(b.value()), b == null ? "" : s(b.year()),
        t == null ? "" : t.raw(), t == null ? "" : t.kind().wire(), t == null || t.op() == null ? "" : t.op().wire(),
        t == null ? "" : d(t.value()), t == null ? "" : d(t.min()), t == null ? "" : d(t.max()),
        t == null ? "" : s(t.year()), i.nature() == null ? "" : i.nature().wire(), Integer.toString(i.line())));
    row.addAll(List.of(b == null ? "" : d(b.min()), b == null ? "" : d(b.max()), b == null ? "" : s(b.unit()),
        b == null || b.direction() == null ? "" : b.direction().wire(), b == null ? "" : s(b.reference()),
        t == null ? "" : s(t.unit()), t == null || t.direction() == null ? "" : t.direction().wire(),
        t == null ? "" : s(t.reference()), s(i.natureRaw()), s(i.tableId()), s(doc.title())));
    List<String> plan = PlanColumns.of(doc);
    row.addAll(plan.subList(2, plan.size()));
    return row;
  }

  private static String s(Object o) {
    return o == null ? "" : o.toString();
  }

  private static String d(BigDecimal v) {
    return v == null ? "" : v.toPlainString();
  }
}
