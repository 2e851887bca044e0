package org.planextract.read;

/** Thrown from inside PDFBox's page walk when a page holds more glyphs than the reader accepts. */
final class PdfPageTooLargeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PdfPageTooLargeException(int page, int limit) {
    super("page " + page + " holds more than " + limit + " glyphs");
  }
}
