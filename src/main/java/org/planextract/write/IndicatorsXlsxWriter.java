package org.planextract.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.planextract.model.PlanDocument;

/**
 * indicators.xlsx: the rows of indicators.csv in one sheet with a frozen, bold header and numeric
 * cells typed as numbers (seq, values, years, line), so researchers can sort and chart at once.
 * Apache POI is used here for writing only; reading stays in the read package.
 */
public final class IndicatorsXlsxWriter {
  private static final java.util.Set<String> NUMERIC = java.util.Set.of("seq", "parentSeq", "baselineValue",
      "baselineYear", "targetValue", "targetMin", "targetMax", "targetYear", "line");

  public byte[] render(List<PlanDocument> documents) {
    List<String> columns = IndicatorsCsvWriter.COLUMNS;
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("indicators");
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row header = sheet.createRow(0);
      for (int c = 0; c < columns.size(); c++) {
        Cell cell = header.createCell(c);
        cell.setCellValue(columns.get(c));
        cell.setCellStyle(bold);
      }
      sheet.createFreezePane(0, 1);
      int r = 1;
      for (List<String> values : IndicatorsCsvWriter.rows(documents)) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < values.size(); c++) {
          String v = values.get(c);
          if (v.isEmpty()) {
            continue;
          }
          Cell cell = row.createCell(c);
          if (NUMERIC.contains(columns.get(c))) {
            cell.setCellValue(Double.parseDouble(v));
          } else {
            cell.setCellValue(v);
          }
        }
      }
      for (int c = 0; c < columns.size(); c++) {
        sheet.setColumnWidth(c, Math.min(60, Math.max(10, columns.get(c).length() + 2)) * 256);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build indicators.xlsx", e);
    }
  }
}
