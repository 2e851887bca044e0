package org.planextract.read;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.usermodel.Range;

/**
 * Turns raw .doc text into what Word shows: field codes dropped and their results kept, paragraph,
 * cell and row marks removed, line, page and column breaks made line breaks, and the special
 * characters of anchors (pictures, drawings, note references) removed.
 */
final class DocTextCleaner {
  /** The visible text of a paragraph or cell (may hold line breaks; no trailing mark). */
  String clean(String raw) {
    String text = Range.stripFields(raw);
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\r', '\u000b', '\u000c', '\u000e' -> sb.append('\n');
        case '\u0007', '\u0001', '\u0002', '\u0003', '\u0004', '\u0005', '\u0008', '\u001f',
            '\u0013', '\u0014', '\u0015' -> { }
        case '\u001e' -> sb.append('-');
        default -> sb.append(c);
      }
    }
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == '\n') {
      end--;
    }
    return sb.substring(0, end);
  }

  /** The non-blank lines of a stretch of text (a text box story), each stripped. */
  List<String> lines(String raw) {
    List<String> lines = new ArrayList<>();
    for (String line : clean(raw).split("\n", -1)) {
      String s = line.strip();
      if (!s.isEmpty()) {
        lines.add(s);
      }
    }
    return lines;
  }
}
