package org.planextract.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the hard-wrapped lines of a column of text (the body, or one table cell) into paragraphs.
 * A new paragraph starts where the font size changes, where the gap to the previous line is
 * clearly larger than the document's usual line distance, where the previous line ends short of
 * the right edge, or where a line starts indented from the left edge (a first-line indent: the
 * lines that go on a paragraph start at the edge; a centred line after a full one goes on a title). Wrapped
 * CJK text is joined without a space; two Latin words (letters, digits) get one.
 */
final class PdfParagraphs {
  private static final float SIZE_CHANGE = 0.6f;
  private static final float GAP_FACTOR = 1.25f;
  private static final float SHORT_LINE = 1.5f;
  private static final float INDENT = 0.8f;
  private static final float LATIN_WIDTH = 0.6f;
  private static final float SENTENCE_GAP = 0.6f;
  private static final float KINSOKU_GAP = 2.5f;
  private static final float TITLE_SIZE = 1.2f;
  /** Typography (line-breaking classes of CJK text), not wording: sentence ends, openers, non-starters. */
  private static final String SENTENCE_END = "。！？!?";
  private static final String OPENING = "“‘（《【〔「『(";
  private static final String NOT_STARTING = "，。、；：？！”’）》】〕」』…,.;:)%";

  private final float left;
  private final float right;
  private final PdfLineSpacing spacing;
  private final boolean indentBreaks;
  private final float bodySize;

  /**
   * Paragraphs between {@code left} and {@code right}; {@code indentBreaks} for a column where a
   * first-line indent starts a paragraph; {@code bodySize} the usual text size (a larger centred
   * line is a title).
   */
  PdfParagraphs(float left, float right, PdfLineSpacing spacing, boolean indentBreaks, float bodySize) {
    this.left = left;
    this.right = right;
    this.spacing = spacing;
    this.indentBreaks = indentBreaks;
    this.bodySize = bodySize;
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
    if (!full(a) && !wrappedBeforeWord(a, b) && !keptTogether(a, b)) {
      return true;
    }
    if (endsSentenceShort(a, b)) {
      return true;
    }
    return indentBreaks && b.x0() - left > INDENT * b.size() && !centredContinuation(a, b);
  }

  /**
   * A line that ends a sentence (。！？) short of the edge by most of a character, where the
   * line-breaking rules (an opening quote kept with its character, a comma or closing quote that may
   * not start a line) do not explain the gap: a paragraph's last line in justified text.
   */
  private boolean endsSentenceShort(PdfLine a, PdfLine b) {
    String at = a.text().stripTrailing();
    if (at.isEmpty() || SENTENCE_END.indexOf(at.charAt(at.length() - 1)) < 0
        || right - a.x1() <= SENTENCE_GAP * a.size()) {
      return false;
    }
    return !keptTogether(a, b);
  }

  /**
   * A gap of up to two characters explained by CJK line breaking: the next line starts with an
   * opening quote or bracket kept with its character, or with a character pushed down together with
   * the comma or closing quote after it (which may not start a line).
   */
  private boolean keptTogether(PdfLine a, PdfLine b) {
    String bt = b.text();
    if (right - a.x1() > KINSOKU_GAP * a.size()) {
      return false;
    }
    boolean kept = !bt.isEmpty() && OPENING.indexOf(bt.charAt(0)) >= 0;
    boolean pushed = bt.length() > 1 && NOT_STARTING.indexOf(bt.charAt(1)) >= 0;
    return kept || pushed;
  }

  /** A centred line going on a centred paragraph (a title over two lines, a centred text box). */
  private boolean centredContinuation(PdfLine a, PdfLine b) {
    return centered(b) && (a.x0() - left > 0.3f * a.size() || a.size() > TITLE_SIZE * bodySize);
  }

  /** Whether the line reaches the right edge (a wrapped line, not a paragraph's last). */
  boolean full(PdfLine line) {
    return right - line.x1() <= SHORT_LINE * line.size();
  }

  /**
   * A line that ends short only because the Latin word or number the next line starts with (85%,
   * 2025年) did not fit in the space left.
   */
  private boolean wrappedBeforeWord(PdfLine a, PdfLine b) {
    int n = 0;
    while (n < b.text().length() && word(b.text().charAt(n))) {
      n++;
    }
    return n > 0 && right - a.x1() <= (LATIN_WIDTH * n + SHORT_LINE) * a.size();
  }

  private static boolean word(char c) {
    return letter(c) || (c >= '0' && c <= '9') || c == '.' || c == '%' || c == '-';
  }

  /** A line centred between the edges. */
  private boolean centered(PdfLine line) {
    float middle = (line.x0() + line.x1()) / 2;
    return Math.abs(middle - (left + right) / 2) < 0.5f * line.size();
  }

  /** The paragraphs of the lines, in order. */
  List<String> join(List<PdfLine> lines) {
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    PdfLine previous = null;
    for (PdfLine line : lines) {
      if (current == null || breaksBetween(previous, line)) {
        if (current != null) {
          out.add(text(current));
        }
        current = new StringBuilder(line.text());
      } else {
        append(current, line.text());
      }
      previous = line;
    }
    if (current != null) {
      out.add(text(current));
    }
    return out;
  }

  static void append(StringBuilder paragraph, String next) {
    if (paragraph.length() > 0 && !next.isEmpty()
        && alnum(paragraph.charAt(paragraph.length() - 1)) && alnum(next.charAt(0))) {
      paragraph.append(' ');
    }
    paragraph.append(next);
  }

  /** The paragraph's text without the trailing space its last line may carry. */
  private static String text(StringBuilder paragraph) {
    return paragraph.toString().stripTrailing();
  }

  /** A Latin letter or digit: two of them across a line wrap were two words. */
  private static boolean alnum(char c) {
    return letter(c) || (c >= '0' && c <= '9');
  }

  private static boolean letter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
