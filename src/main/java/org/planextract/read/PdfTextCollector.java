package org.planextract.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Walks the pages of a document with PDFBox's text engine and hands each page's glyphs (with
 * positions and sizes) to a {@link PageSink} as soon as the page is done, so that only one page's
 * glyphs are held at a time. Counts glyphs without a Unicode mapping, which PDFBox drops, so the
 * reader can refuse text that would decode to nonsense.
 */
final class PdfTextCollector extends PDFTextStripper {
  /** Receives each page as it is finished. */
  interface PageSink {
    void page(int pageNo, PDPage page, List<PdfGlyph> glyphs) throws IOException;
  }

  private final PageSink sink;
  private final int maxGlyphsPerPage;
  private List<PdfGlyph> glyphs = new ArrayList<>();
  private long shown;
  private long unmapped;

  PdfTextCollector(PageSink sink, int maxGlyphsPerPage) {
    this.sink = sink;
    this.maxGlyphsPerPage = maxGlyphsPerPage;
    setSortByPosition(false);
    setSuppressDuplicateOverlappingText(false);
  }

  long shownGlyphs() {
    return shown;
  }

  long unmappedGlyphs() {
    return unmapped;
  }

  @Override
  protected void startPage(PDPage page) {
    glyphs = new ArrayList<>();
  }

  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
      throws IOException {
    shown++;
    String unicode = font.toUnicode(code);
    if (unicode == null || garbage(unicode)) {
      unmapped++;
    }
    super.showGlyph(textRenderingMatrix, font, code, displacement);
  }

  private static boolean garbage(String unicode) {
    for (int i = 0; i < unicode.length(); i++) {
      char c = unicode.charAt(i);
      if ((c < 0x20 && c != '\t') || c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF')) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    String unicode = text.getUnicode();
    if (unicode == null || unicode.isEmpty() || garbage(unicode)) {
      return;
    }
    if (glyphs.size() >= maxGlyphsPerPage) {
      throw new PdfPageTooLargeException(getCurrentPageNo(), maxGlyphsPerPage);
    }
    glyphs.add(new PdfGlyph(text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(),
        text.getHeightDir(), text.getFontSizeInPt(), unicode));
  }

  @Override
  protected void endPage(PDPage page) throws IOException {
    List<PdfGlyph> done = glyphs;
    glyphs = new ArrayList<>();
    sink.page(getCurrentPageNo(), page, done);
  }
}
