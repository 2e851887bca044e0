package org.planextract.write;

/**
 * Escapes text for HTML and SVG element content and attribute values (null becomes empty): the
 * one escaper of every page the project writes (review pages, compare.html).
 */
public final class HtmlEscape {
  public String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
