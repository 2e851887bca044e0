package org.planextract.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * CSV lines for one fixed column list (CRLF, quoted where needed, UTF-8 with BOM at the start of
 * a file, formula-like cells neutralised), for the aggregate CSV files written a plan at a time.
 */
final class CsvLines {
  private final List<String> columns;
  private final CsvMapper mapper = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
  private final CsvSchema schema;

  CsvLines(List<String> columns) {
    this.columns = List.copyOf(columns);
    CsvSchema.Builder b = CsvSchema.builder().setUseHeader(false).setLineSeparator("\r\n");
    columns.forEach(b::addColumn);
    this.schema = b.build();
  }

  List<String> columns() {
    return columns;
  }

  /** The byte-order mark and the header line. */
  String header() {
    return "\ufeff" + String.join(",", columns) + "\r\n";
  }

  /** Some rows, without header; empty for no rows. */
  String rows(List<List<String>> rows) {
    if (rows.isEmpty()) {
      return "";
    }
    try {
      return mapper.writer(schema).writeValueAsString(
          rows.stream().map(r -> r.stream().map(SpreadsheetCells::neutralise).toList()).toList());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String s(Object o) {
    return o == null ? "" : o.toString();
  }

  static String d(BigDecimal v) {
    return v == null ? "" : v.toPlainString();
  }
}
