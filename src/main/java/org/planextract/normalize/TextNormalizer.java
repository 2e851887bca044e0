package org.planextract.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planextract.read.TextLine;

/**
 * The one place text is normalized. Cleaning removes reader artifacts, makes no-break spaces
 * plain and trims; folding maps
 * full-width forms to half-width one character for one (Lucene's CJKWidthFilter idea), so that a
 * match in the folded text is a match at the same positions in the clean text.
 *
 * <pre>
 * "[bookmark: _Toc80948155]（一）规划基础" → clean "（一）规划基础", folded "(一)规划基础"
 * </pre>
 */
public final class TextNormalizer {
  /** Word bookmarks left in text by converters: {@code [bookmark: _Toc80948155]}. */
  static final Pattern BOOKMARK_ARTIFACT = Pattern.compile("\\[bookmark: [^\\]\\n]{0,200}\\]");
  /** What every bookmark artifact starts with: a line without it is not searched. */
  private static final String BOOKMARK_START = "[bookmark: ";

  public AlignedText normalize(TextLine line) {
    String text = line.text();
    StringBuilder clean = new StringBuilder(text.length());
    int[] map = new int[text.length() + 1];
    int pos = 0;
    if (text.contains(BOOKMARK_START)) {
      Matcher m = BOOKMARK_ARTIFACT.matcher(text);
      while (m.find()) {
        append(text, pos, m.start(), line.offset(), clean, map);
        pos = m.end();
      }
    }
    append(text, pos, text.length(), line.offset(), clean, map);
    int start = 0;
    int end = clean.length();
    while (start < end && isSpace(clean.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(clean.charAt(end - 1))) {
      end--;
    }
    String trimmed = clean.substring(start, end);
    int[] offsets = new int[trimmed.length() + 1];
    System.arraycopy(map, start, offsets, 0, trimmed.length());
    offsets[trimmed.length()] = trimmed.isEmpty()
        ? line.offset() : map[start + trimmed.length() - 1] + 1;
    return new AlignedText(trimmed, fold(trimmed), offsets, line.line());
  }

  /** Copies text[from, to) to clean, recording for each copied char its rendering offset. */
  private static void append(String text, int from, int to, int base, StringBuilder clean, int[] map) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      map[clean.length()] = base + i;
      // A no-break space is a space whatever the source format made of it.
      clean.append(c == '\u00a0' ? ' ' : c);
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || c == '\ufeff';
  }

  /**
   * The look-up key of a word: folded, with every whitespace removed, so that 每千人口 床位数 and
   * 每千人口床位数, or ％ and %, are one key (units, dictionary names, header and nature words).
   */
  public static String key(String text) {
    String folded = fold(text);
    int i = 0;
    while (i < folded.length() && !isRegexSpace(folded.charAt(i))) {
      i++;
    }
    if (i == folded.length()) {
      return folded;
    }
    StringBuilder key = new StringBuilder(folded.length()).append(folded, 0, i);
    for (; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (!isRegexSpace(c)) {
        key.append(c);
      }
    }
    return key.toString();
  }

  /** What {@code \s} matches in a Java regex: space, tab, line feed, vertical tab, form feed, return. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Full-width ASCII forms (U+FF01–FF5E) and the ideographic space to half-width; same length. */
  public static String fold(String text) {
    int first = 0;
    while (first < text.length() && !folds(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = first; i < chars.length; i++) {
      char c = chars[i];
      if (c >= '\uff01' && c <= '\uff5e') {
        chars[i] = (char) (c - 0xfee0);
      } else if (c == '\u3000' || c == '\u00a0') {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }

  private static boolean folds(char c) {
    return c >= '\uff01' && c <= '\uff5e' || c == '\u3000' || c == '\u00a0';
  }
}
