package org.planextract.structure;

import java.util.ArrayList;
import java.util.List;
import org.planextract.normalize.AlignedText;
import org.planextract.normalize.TextNormalizer;
import org.planextract.read.Cell;
import org.planextract.read.TextLine;

/**
 * The text of a table cell for output and matching: lines normalized and joined, with nothing
 * between two Chinese characters (健康 + 水平 → 健康水平) and a space between Latin words.
 */
final class CellText {
  private final TextNormalizer normalizer;

  CellText(TextNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  String of(Cell cell) {
    if (cell.filled()) {
      List<String> parts = new ArrayList<>();
      for (String part : cell.fillText().split("\n", -1)) {
        parts.add(normalizer.normalize(new TextLine(part, 1, 0)).clean());
      }
      return join(parts);
    }
    List<String> parts = new ArrayList<>();
    for (TextLine line : cell.lines()) {
      AlignedText text = normalizer.normalize(line);
      parts.add(text.clean());
    }
    return join(parts);
  }

  static String join(List<String> parts) {
    StringBuilder sb = new StringBuilder();
    for (String part : parts) {
      if (part.isEmpty()) {
        continue;
      }
      if (sb.length() > 0 && isLatin(sb.charAt(sb.length() - 1)) && isLatin(part.charAt(0))) {
        sb.append(' ');
      }
      sb.append(part);
    }
    return sb.toString();
  }

  private static boolean isLatin(char c) {
    return c < 0x2E80 && Character.isLetterOrDigit(c);
  }
}
