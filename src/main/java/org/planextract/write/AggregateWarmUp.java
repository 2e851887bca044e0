package org.planextract.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Loads what the aggregate writers need the first time (POI's workbook classes, by building an
 * empty indicators.xlsx and a two-row sheet in memory; sqlite's driver and native library, with the schema in an
 * in-memory database) so a run can do it on another thread while it extracts. Writes no file; a
 * failure here is left to the real writer, which reports it.
 */
public final class AggregateWarmUp implements Runnable {
  @Override
  public void run() {
    try {
      new IndicatorsXlsxWriter().render(List.of());
    } catch (UncheckedIOException e) {
      // indicators.xlsx is written (and its failure reported) by the real writer.
    }
    // A window of one row, so the streaming sheet's row writer runs too (an empty workbook skips it).
    try (SXSSFWorkbook book = new SXSSFWorkbook(1)) {
      XlsxSheet sheet = new XlsxSheet(book, "warm-up", List.of("name", "value", "flag"), Set.of("value"),
          Set.of("flag"), book.createCellStyle());
      sheet.add(List.of("指标", "1.5", "true"));
      sheet.add(List.of("name", "2", "false"));
      sheet.finish();
      book.write(OutputStream.nullOutputStream());
    } catch (IOException e) {
      // As above: the real writer reports its own failures.
    }
    try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:");
        Statement s = db.createStatement()) {
      for (String ddl : SqliteSchema.DDL) {
        s.execute(ddl);
      }
    } catch (SQLException e) {
      // corpus.sqlite is written (and its failure reported) by the real writer.
    }
  }
}
