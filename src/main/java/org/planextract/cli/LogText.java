package org.planextract.cli;

/**
 * Text from outside (file names, messages quoting a document) made safe for one log line: control
 * characters (newline, escape sequences of a terminal, DEL, C1) and lone surrogates are printed as
 * {@code \n}, {@code \x1b}, {@code \u2028}…, so a file name cannot forge or hide lines.
 */
final class LogText {
  private LogText() {}

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\\') {
        out.append("\\\\");
      } else if (c < 0x20 || c >= 0x7f && c < 0xa0) {
        out.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
      } else if (c == 0x2028 || c == 0x2029 || c == 0x202e || c == 0x2066 || c == 0x2067 || c == 0x2068
          || c == 0x2069 || c == 0x202a || c == 0x202b || c == 0x202c || c == 0x202d
          || Character.isSurrogate(c) && !validPair(s, i)) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean validPair(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
