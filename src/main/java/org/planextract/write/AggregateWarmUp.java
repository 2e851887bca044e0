package org.planextract.write;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Loads what the aggregate writers need the first time (POI's workbook classes, by building an
 * empty indicators.xlsx in memory; sqlite's driver and native library, with the schema in an
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
