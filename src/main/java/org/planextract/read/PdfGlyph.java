package org.planextract.read;

/**
 * One glyph of a PDF page's text layer in top-down page coordinates: left edge {@code x}, baseline
 * {@code y}, advance {@code width}, glyph {@code height}, font size in points and its Unicode text.
 */
record PdfGlyph(float x, float y, float width, float height, float size, String text) {
  float end() {
    return x + width;
  }

  float centerX() {
    return x + width / 2;
  }

  /** Vertical middle of the glyph body (baseline minus half the height). */
  float centerY() {
    return y - Math.max(height, size * 0.5f) / 2;
  }

  boolean isSpace() {
    return text.isBlank();
  }
}
