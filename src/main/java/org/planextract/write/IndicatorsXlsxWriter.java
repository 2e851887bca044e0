package org.planextract.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.planextract.model.Indicator;
import org.planextract.model.PlanDocument;

/**
 * indicators.xlsx: the rows of indicators.csv in a sheet {@code indicators} and those of
 * targets.csv in a sheet {@code targets}, each with a frozen, bold header, an auto-filter, column
 * widths fitted to the content, numbers as numbers and booleans as booleans, so researchers can
 * sort, filter and chart at once. Written with POI's streaming workbook (a small window of rows in
 * memory) so a large corpus needs little memory. POI is used here for writing only; reading stays
 * in the read package.
 */
public final class IndicatorsXlsxWriter {
  private static final Set<String> NUMERIC = Set.of("seq", "parentSeq", "baselineValue", "baselineYear",
      "targetValue", "targetMin", "targetMax", "targetYear", "line", "baselineMin", "baselineMax", "periodStart",
      "periodEnd", "value", "min", "max", "year");
  private static final Set<String> BOOLEAN = Set.of("unitInferred");
  private static final int WINDOW = 100;

  /** A workbook being filled document by document. */
  public static final class Streaming implements AutoCloseable {
    private final SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
    private final XlsxSheet indicators;
    private final XlsxSheet targets;

    Streaming() {
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      indicators = new XlsxSheet(book, "indicators", IndicatorsCsvWriter.COLUMNS, NUMERIC, BOOLEAN, bold);
      targets = new XlsxSheet(book, "targets", TargetsCsvWriter.COLUMNS, NUMERIC, BOOLEAN, bold);
    }

    public void add(PlanDocument doc) {
      for (Indicator i : doc.indicators()) {
        indicators.add(IndicatorsCsvWriter.row(doc, i));
      }
      TargetsCsvWriter.rowsOf(doc).forEach(targets::add);
    }

    public byte[] finish() {
      indicators.finish();
      targets.finish();
      try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        book.write(out);
        return out.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot build indicators.xlsx", e);
      }
    }

    @Override
    public void close() throws IOException {
      // Since POI 5, close() also deletes the streaming workbook's temporary files.
      book.close();
    }
  }

  public Streaming streaming() {
    return new Streaming();
  }

  /** A whole workbook for some documents. */
  public byte[] render(List<PlanDocument> documents) {
    try (Streaming s = streaming()) {
      documents.forEach(s::add);
      return s.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build indicators.xlsx", e);
    }
  }
}
