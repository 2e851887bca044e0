package org.planextract.read;

/**
 * A horizontal or vertical line segment drawn on a page (a cell border, a box frame), in top-down
 * page coordinates: {@code at} is the y of a horizontal or the x of a vertical ruling, and
 * {@code from}..{@code to} its extent along the other axis.
 */
record PdfRuling(boolean horizontal, float at, float from, float to) {
  PdfRuling {
    if (from > to) {
      float t = from;
      from = to;
      to = t;
    }
  }

  float length() {
    return to - from;
  }

  /** Whether this ruling covers position {@code p} along its own axis, allowing {@code tol}. */
  boolean covers(float p, float tol) {
    return p >= from - tol && p <= to + tol;
  }
}
