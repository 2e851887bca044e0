package org.planextract.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds running headers, footers and page numbers: lines among the first or last two of a page
 * whose text, with digits masked, recurs at about the same height on a good share of the pages
 * (the plan's title on every page, "—3—", "第3页 共41页", "3/41"), and a lone number-like line set
 * apart at the very top or bottom of a page. Found by position and repetition, never by wording.
 */
final class PdfPageChrome {
  private static final int EDGE_LINES = 2;
  private static final float SAME_HEIGHT = 6f;
  private static final double SHARE_OF_PAGES = 0.4;
  private static final int NUMBER_EXTRA_CHARS = 4;

  private record Candidate(int page, int index, float y, String key) {}

  /** For each page (same order), the indices of its body lines that are page chrome. */
  List<Set<Integer>> find(List<PdfPage> pages) {
    List<Set<Integer>> drop = new ArrayList<>();
    TreeMap<String, List<Candidate>> byKey = new TreeMap<>();
    for (int p = 0; p < pages.size(); p++) {
      drop.add(new HashSet<>());
      PdfPage page = pages.get(p);
      List<PdfLine> body = page.body();
      for (int i = 0; i < body.size(); i++) {
        if (!atEdge(page, i)) {
          continue;
        }
        PdfLine line = body.get(i);
        String key = key(line.text());
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Candidate(p, i, line.baseline(), key));
        if (loneNumber(key) && isolated(page, i)) {
          drop.get(p).add(i);
        }
      }
    }
    int needed = Math.max(2, (int) Math.ceil(SHARE_OF_PAGES * pages.size()));
    if (pages.size() < 2) {
      return drop;
    }
    for (List<Candidate> same : byKey.values()) {
      for (Candidate c : same) {
        Set<Integer> onPages = new HashSet<>();
        for (Candidate o : same) {
          if (Math.abs(o.y() - c.y()) <= SAME_HEIGHT) {
            onPages.add(o.page());
          }
        }
        if (onPages.size() >= needed) {
          drop.get(c.page()).add(c.index());
        }
      }
    }
    return drop;
  }

  /** Whether body line {@code i} is among the first or last lines of the page, above or below all tables. */
  private static boolean atEdge(PdfPage page, int i) {
    List<PdfLine> body = page.body();
    PdfLine line = body.get(i);
    boolean top = i < EDGE_LINES && page.tables().stream().allMatch(t -> t.grid().top() > line.baseline());
    boolean bottom = i >= body.size() - EDGE_LINES
        && page.tables().stream().allMatch(t -> t.grid().bottom() < line.baseline() - line.size());
    return top || bottom;
  }

  /** Set apart from its neighbour by more than one and a half line heights, at the page's edge. */
  private static boolean isolated(PdfPage page, int i) {
    List<PdfLine> body = page.body();
    PdfLine line = body.get(i);
    if (body.size() == 1) {
      return true;
    }
    if (i == 0) {
      return body.get(1).baseline() - line.baseline() > 2.5f * line.size();
    }
    if (i == body.size() - 1) {
      return line.baseline() - body.get(i - 1).baseline() > 2.5f * line.size();
    }
    return false;
  }

  /** The text without spaces, every run of digits (ASCII, full-width, CJK numerals) as one '#'. */
  static String key(String text) {
    StringBuilder sb = new StringBuilder();
    boolean inNumber = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      boolean digit = Character.isDigit(c) || "〇一二三四五六七八九十百".indexOf(c) >= 0
          || (c >= 'ⅰ' && c <= 'ⅻ') || (c >= 'Ⅰ' && c <= 'Ⅻ');
      if (digit) {
        if (!inNumber) {
          sb.append('#');
        }
      } else {
        sb.append(c);
      }
      inNumber = digit;
    }
    return sb.toString();
  }

  /** A number with at most a few other characters around it: "—3—", "- 3 -", "第3页", "3/41", "3". */
  private static boolean loneNumber(String key) {
    int hashes = 0;
    int others = 0;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '#') {
        hashes++;
      } else if (Character.isLetter(c) && !Character.isIdeographic(c)) {
        return false;
      } else {
        others++;
      }
    }
    return hashes >= 1 && hashes <= 2 && others <= NUMBER_EXTRA_CHARS;
  }
}
