package org.planextract.read;

/**
 * A table cell found from the ruling lines: its grid rows {@code row0..row1} and columns
 * {@code col0..col1} (inclusive, more than one when merged) and its rectangle in page coordinates.
 */
record PdfCellRegion(int row0, int row1, int col0, int col1, float left, float top, float right, float bottom) {
  boolean contains(float x, float y) {
    return x >= left && x <= right && y >= top && y <= bottom;
  }
}
