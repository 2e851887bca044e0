package org.planextract.read;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes small PDFs for the reader's tests with PDFBox itself: text at given positions (Latin and
 * digits: the build machine has no CJK font to embed), ruling lines, images, encryption.
 */
public final class PdfFixtures {
  static final PDFont FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  /** Text drawn at a position, in top-down page coordinates. */
  record Text(float x, float y, float size, String text) {}

  /** A line from (x1, y1) to (x2, y2), top-down. */
  record Line(float x1, float y1, float x2, float y2) {}

  /** One page: its texts and lines. */
  record Page(List<Text> texts, List<Line> lines) {}

  private PdfFixtures() {}

  static byte[] pdf(List<Page> pages) {
    try (PDDocument doc = new PDDocument()) {
      for (Page p : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float h = page.getMediaBox().getHeight();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          for (Line l : p.lines()) {
            cs.moveTo(l.x1(), h - l.y1());
            cs.lineTo(l.x2(), h - l.y2());
          }
          if (!p.lines().isEmpty()) {
            cs.stroke();
          }
          for (Text t : p.texts()) {
            cs.beginText();
            cs.setFont(FONT, t.size());
            cs.newLineAtOffset(t.x(), h - t.y());
            cs.showText(t.text());
            cs.endText();
          }
        }
      }
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Width of a text in the fixture font. */
  static float width(String text, float size) {
    try {
      return FONT.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Pages that are only a picture (a scan without OCR). */
  public static byte[] imageOnly(int pages) {
    try (PDDocument doc = new PDDocument()) {
      BufferedImage image = new BufferedImage(200, 300, BufferedImage.TYPE_INT_RGB);
      image.getGraphics().drawString("scanned page", 20, 40);
      PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
      for (int i = 0; i < pages; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.drawImage(xobject, 50, 300, 400, 500);
        }
      }
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A text PDF encrypted with an owner password and, when not empty, a user password. */
  public static byte[] encrypted(byte[] plain, String userPassword) {
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain)) {
      AccessPermission permission = new AccessPermission();
      permission.setCanExtractContent(false);
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permission);
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Text in a font whose glyph names have no Unicode value and that has no ToUnicode map: what an
   * exporter with subset fonts and stripped cmaps leaves, text that decodes to nothing.
   */
  public static byte[] unmappedFont() {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      COSDictionary encoding = new COSDictionary();
      encoding.setItem(COSName.TYPE, COSName.ENCODING);
      COSArray differences = new COSArray();
      differences.add(COSInteger.get(65));
      for (int i = 0; i < 26; i++) {
        differences.add(COSName.getPDFName("zzglyph" + i));
      }
      encoding.setItem(COSName.DIFFERENCES, differences);
      COSDictionary font = new COSDictionary();
      font.setItem(COSName.TYPE, COSName.FONT);
      font.setItem(COSName.SUBTYPE, COSName.TYPE1);
      font.setName(COSName.BASE_FONT, "Helvetica");
      font.setItem(COSName.ENCODING, encoding);
      PDFont pdFont = new PDType1Font(font);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        for (int line = 0; line < 20; line++) {
          cs.beginText();
          cs.setFont(pdFont, 12);
          cs.newLineAtOffset(60, 780 - line * 16);
          cs.appendRawCommands("(ABCDEFGHIJKLMNOPQRSTUVWXYZ) Tj\n");
          cs.endText();
        }
      }
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
