package org.planextract.write;

import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet of a streamed workbook filled row by row from the same cell texts as a CSV file:
 * bold frozen header, numbers as numbers, booleans as booleans, an auto-filter over all rows and
 * column widths from the longest text seen (capped), set when the sheet is finished.
 */
final class XlsxSheet {
  private static final int MIN_WIDTH = 6;
  private static final int MAX_WIDTH = 60;
  /** Excel's limit on the characters of one cell; longer text is cut and ends with {@link #CUT}. */
  static final int MAX_CELL_CHARS = 32_767;
  static final String CUT = "…[truncated]";
  /** Excel's last row; rows past it are counted, not written. */
  private static final int MAX_ROW = 1_048_575;

  private final Sheet sheet;
  private final List<String> columns;
  private final Set<String> numeric;
  private final Set<String> booleans;
  private final int[] widths;
  /**
   * The workbook's default style (index 0), set on every body cell. It writes no {@code s}
   * attribute, so the sheet is the same, but POI then no longer looks up a column style for each
   * cell it flushes (an XMLBeans search over the sheet's column definitions, the largest cost of
   * writing a big sheet).
   */
  private final CellStyle plain;
  private int next = 1;
  private long truncatedRows;

  XlsxSheet(SXSSFWorkbook book, String name, List<String> columns, Set<String> numeric, Set<String> booleans,
      CellStyle bold) {
    this.sheet = book.createSheet(name);
    this.columns = List.copyOf(columns);
    this.numeric = Set.copyOf(numeric);
    this.booleans = Set.copyOf(booleans);
    this.widths = new int[columns.size()];
    this.plain = book.getCellStyleAt(0);
    Row header = sheet.createRow(0);
    for (int c = 0; c < columns.size(); c++) {
      Cell cell = header.createCell(c);
      cell.setCellValue(columns.get(c));
      cell.setCellStyle(bold);
      widths[c] = columns.get(c).length() + 3;
    }
    sheet.createFreezePane(0, 1);
  }

  void add(List<String> values) {
    if (next > MAX_ROW) {
      truncatedRows++;
      return;
    }
    Row row = sheet.createRow(next++);
    for (int c = 0; c < values.size(); c++) {
      String v = values.get(c);
      if (v.isEmpty()) {
        continue;
      }
      Cell cell = row.createCell(c);
      cell.setCellStyle(plain);
      String column = columns.get(c);
      double number = numeric.contains(column) ? Double.parseDouble(v) : Double.NaN;
      if (Double.isFinite(number)) {
        cell.setCellValue(number);
      } else if (booleans.contains(column)) {
        cell.setCellValue(Boolean.parseBoolean(v));
      } else {
        // A number too long for a double (a 1,000-digit cell) stays text.
        cell.setCellValue(fit(v));
      }
      widths[c] = Math.max(widths[c], displayWidth(v));
    }
  }

  /** Rows past Excel's last row, left out of the sheet (they are all in the CSV). */
  long truncatedRows() {
    return truncatedRows;
  }

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

  /** Sets the auto-filter and the column widths; call once, after the last row. */
  void finish() {
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, columns.size() - 1));
    for (int c = 0; c < columns.size(); c++) {
      sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 1)) * 256);
    }
  }

  /** CJK characters are about two Latin characters wide. */
  private static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += s.charAt(i) > 0x2E80 ? 2 : 1;
    }
    return w;
  }
}
