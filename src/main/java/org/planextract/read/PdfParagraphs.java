package org.planextract.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the hard-wrapped lines of a column of text (the body, or one table cell) into paragraphs.
 * A new paragraph starts where the font size changes, where the gap to the previous line is
 * clearly larger than the document's usual line distance, where the previous line ends short of
 * the right edge, or where a line starts indented from the left edge (a first-line indent: the
 * lines that go on a paragraph start at the edge; a centred line after a full one goes on a title). Wrapped
 * CJK text is joined without a space; two Latin words get one.
 */
final class PdfParagraphs {
  private static final float SIZE_CHANGE = 0.6f;
  private static final float GAP_FACTOR = 1.25f;
  private static final float SHORT_LINE = 1.5f;
  private static final float INDENT = 0.8f;

  private final float left;
  private final float right;
  private final PdfLineSpacing spacing;
  private final boolean indentBreaks;

  PdfParagraphs(float left, float right, PdfLineSpacing spacing, boolean indentBreaks) {
    this.left = left;
    this.right = right;
    this.spacing = spacing;
    this.indentBreaks = indentBreaks;
  }

  /** Whether {@code b} starts a new paragraph after {@code a}. */
  boolean breaksBetween(PdfLine a, PdfLine b) {
    if (Math.abs(a.size() - b.size()) > SIZE_CHANGE) {
      return true;
    }
    if (a.page() == b.page()) {
      float gap = b.baseline() - a.baseline();
      if (gap < 0 || gap > GAP_FACTOR * spacing.pitch(a.size()) + 0.5f) {
        return true;
      }
    }
    if (!full(a)) {
      return true;
    }
    return indentBreaks && b.x0() - left > INDENT * b.size() && !centered(b);
  }

  /** Whether the line reaches the right edge (a wrapped line, not a paragraph's last). */
  boolean full(PdfLine line) {
    return right - line.x1() <= SHORT_LINE * line.size();
  }

  /** A line centred between the edges (the second line of a wrapped centred title), not indented. */
  private boolean centered(PdfLine line) {
    float middle = (line.x0() + line.x1()) / 2;
    return Math.abs(middle - (left + right) / 2) < 0.5f * line.size() && line.x0() - left > 2 * line.size();
  }

  /** The paragraphs of the lines, in order. */
  List<String> join(List<PdfLine> lines) {
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    PdfLine previous = null;
    for (PdfLine line : lines) {
      if (current == null || breaksBetween(previous, line)) {
        if (current != null) {
          out.add(current.toString());
        }
        current = new StringBuilder(line.text());
      } else {
        append(current, line.text());
      }
      previous = line;
    }
    if (current != null) {
      out.add(current.toString());
    }
    return out;
  }

  static void append(StringBuilder paragraph, String next) {
    if (paragraph.length() > 0 && !next.isEmpty()
        && letter(paragraph.charAt(paragraph.length() - 1)) && letter(next.charAt(0))) {
      paragraph.append(' ');
    }
    paragraph.append(next);
  }

  private static boolean letter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
