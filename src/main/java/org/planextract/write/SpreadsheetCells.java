package org.planextract.write;

import java.util.regex.Pattern;

/**
 * CSV formula injection (OWASP): a cell that a spreadsheet would read as a formula, one starting
 * with {@code = + - @}, TAB or CR, gets a leading apostrophe. Plain numbers ({@code -1.5},
 * {@code +5}) and the lone signs that are data here ({@code -} for a missing value, {@code =} the
 * comparator of a level) stay as they are: none of them can run anything. Applied to every CSV file
 * the project writes.
 */
final class SpreadsheetCells {
  private static final String TRIGGERS = "=+-@\t\r";
  private static final Pattern PLAIN = Pattern.compile("[-+=]|[-+]?\\d+(\\.\\d+)?");

  static String neutralise(String cell) {
    if (cell.isEmpty() || TRIGGERS.indexOf(cell.charAt(0)) < 0 || PLAIN.matcher(cell).matches()) {
      return cell;
    }
    return "'" + cell;
  }
}
