package org.planextract.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.planextract.model.ErrorCode;
import org.planextract.problems.PlanExtractException;

/**
 * A linear pass over a page's markup before jsoup builds its tree, refusing the shapes that make
 * an HTML tree builder (and any walk over the tree) quadratic: formatting elements left open by the
 * thousand (every new block re-opens them), misnested formatting tags by the thousand (each one
 * runs the adoption agency and deepens the tree), tables nested hundreds deep, and more elements
 * than any plan has. Real pages are far inside these bounds; a page past one fails with
 * {@code LIMIT_EXCEEDED} naming it, in milliseconds instead of minutes.
 */
final class HtmlPreScan {
  /** Formatting elements open at once (an unclosed {@code <font>} per paragraph is common; 10^5 is not). */
  static final int MAX_OPEN_FORMATTING = 1_000;
  /** End tags that close a formatting element other than the innermost one. */
  static final int MAX_MISNESTED = 2_000;
  /** Tables open inside each other. */
  static final int MAX_TABLE_NESTING = 100;
  /** Start tags in the page (a long plan page has a few thousand; each {@code <br>} counts). */
  static final int MAX_ELEMENTS = 500_000;
  /** Columns of one table row, colspans counted (as the reader clamps them, at most 100 each). */
  static final int MAX_ROW_COLUMNS = 5_000;
  private static final java.util.regex.Pattern COLSPAN =
      java.util.regex.Pattern.compile("colspan\\s*=\\s*[\"']?\\s*(\\d{1,9})", java.util.regex.Pattern.CASE_INSENSITIVE);

  private static final Set<String> FORMATTING = Set.of("a", "b", "big", "code", "em", "font", "i", "nobr", "s",
      "small", "strike", "strong", "tt", "u", "span");

  void check(String html) {
    Deque<String> open = new ArrayDeque<>();
    int misnested = 0;
    int tables = 0;
    int elements = 0;
    long rowColumns = 0;
    int n = html.length();
    for (int i = html.indexOf('<'); i >= 0 && i < n - 1; i = html.indexOf('<', i + 1)) {
      int j = i + 1;
      boolean end = html.charAt(j) == '/';
      if (end) {
        j++;
      }
      int start = j;
      while (j < n && j - start < 10 && isNameChar(html.charAt(j))) {
        j++;
      }
      if (j == start || !Character.isLetter(html.charAt(start))) {
        continue;
      }
      String name = html.substring(start, j).toLowerCase(Locale.ROOT);
      if (!end && ++elements > MAX_ELEMENTS) {
        refuse("more than " + MAX_ELEMENTS + " elements");
      }
      if (!end && name.equals("tr")) {
        rowColumns = 0;
      } else if (!end && (name.equals("td") || name.equals("th"))) {
        rowColumns += span(html, j);
        if (rowColumns > MAX_ROW_COLUMNS) {
          refuse("a table row of more than " + MAX_ROW_COLUMNS + " columns");
        }
      }
      if (name.equals("table")) {
        tables = Math.max(0, tables + (end ? -1 : 1));
        if (tables > MAX_TABLE_NESTING) {
          refuse("tables nested more than " + MAX_TABLE_NESTING + " deep");
        }
      } else if (FORMATTING.contains(name)) {
        if (!end) {
          open.push(name);
          if (open.size() > MAX_OPEN_FORMATTING) {
            refuse("more than " + MAX_OPEN_FORMATTING + " formatting tags open at once (<" + name + ">)");
          }
        } else if (!open.isEmpty() && open.peek().equals(name)) {
          open.pop();
        } else if (removeLast(open, name) && ++misnested > MAX_MISNESTED) {
          refuse("more than " + MAX_MISNESTED + " misnested formatting tags");
        }
      }
    }
  }

  /** The colspan of the cell tag starting at {@code from}, clamped to 1..100 as the reader does. */
  private static int span(String html, int from) {
    int close = html.indexOf('>', from);
    if (close < 0 || close - from > 2_000) {
      return 1;
    }
    java.util.regex.Matcher m = COLSPAN.matcher(html).region(from, close);
    if (!m.find()) {
      return 1;
    }
    long v = Long.parseLong(m.group(1));
    return (int) Math.max(1, Math.min(100, v));
  }

  private static boolean removeLast(Deque<String> open, String name) {
    for (Iterator<String> it = open.iterator(); it.hasNext(); ) {
      if (it.next().equals(name)) {
        it.remove();
        return true;
      }
    }
    return false;
  }

  private static boolean isNameChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c));
  }

  private static void refuse(String what) {
    throw new PlanExtractException(ErrorCode.LIMIT_EXCEEDED, "hostile html: " + what
        + " (an html tree builder is quadratic on this shape)");
  }
}
