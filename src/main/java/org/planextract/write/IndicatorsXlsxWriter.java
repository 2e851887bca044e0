package org.planextract.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.planextract.model.Indicator;
import org.planextract.model.PlanDocument;

/**
 * indicators.xlsx: the rows of indicators.csv in one sheet with a frozen, bold header and numeric
 * cells typed as numbers (seq, values, years, line), so researchers can sort and chart at once.
 * Written with POI's streaming workbook so a large corpus needs little memory. POI is used here
 * for writing only; reading stays in the read package.
 */
public final class IndicatorsXlsxWriter {
  private static final Set<String> NUMERIC = Set.of("seq", "parentSeq", "baselineValue",
      "baselineYear", "targetValue", "targetMin", "targetMax", "targetYear", "line");
  private static final int WINDOW = 200;
  /** Excel's limit on the characters of one cell; longer text is cut and ends with {@link #CUT}. */
  static final int MAX_CELL_CHARS = 32_767;
  static final String CUT = "…[truncated]";
  private static final int MAX_ROW = 1_048_575;

  /** The text as a cell can hold it: cut before the limit (never inside a surrogate pair), marked. */
  static String fit(String v) {
    if (v.length() <= MAX_CELL_CHARS) {
      return v;
    }
    int end = MAX_CELL_CHARS - CUT.length();
    if (Character.isHighSurrogate(v.charAt(end - 1))) {
      end--;
    }
    return v.substring(0, end) + CUT;
  }

  /** A workbook being filled document by document. */
  public static final class Streaming implements AutoCloseable {
    private final SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
    private final Sheet sheet = book.createSheet("indicators");
    private int next = 1;
    private long truncatedRows;

    Streaming() {
      List<String> columns = IndicatorsCsvWriter.COLUMNS;
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row header = sheet.createRow(0);
      for (int c = 0; c < columns.size(); c++) {
        Cell cell = header.createCell(c);
        cell.setCellValue(columns.get(c));
        cell.setCellStyle(bold);
        sheet.setColumnWidth(c, Math.min(60, Math.max(10, columns.get(c).length() + 2)) * 256);
      }
      sheet.createFreezePane(0, 1);
    }

    public void add(PlanDocument doc) {
      List<String> columns = IndicatorsCsvWriter.COLUMNS;
      for (Indicator i : doc.indicators()) {
        if (next > MAX_ROW) {
          truncatedRows++;
          continue;
        }
        List<String> values = IndicatorsCsvWriter.row(doc, i);
        Row row = sheet.createRow(next++);
        for (int c = 0; c < values.size(); c++) {
          String v = values.get(c);
          if (v.isEmpty()) {
            continue;
          }
          Cell cell = row.createCell(c);
          double number = NUMERIC.contains(columns.get(c)) ? Double.parseDouble(v) : Double.NaN;
          if (Double.isFinite(number)) {
            cell.setCellValue(number);
          } else {
            cell.setCellValue(fit(v));
          }
        }
      }
    }

    /** Rows past the sheet's 1,048,576-row limit, left out of the workbook (they stay in the CSV). */
    public long truncatedRows() {
      return truncatedRows;
    }

    public byte[] finish() {
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
