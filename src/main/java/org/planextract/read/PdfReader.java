package org.planextract.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.planextract.Deadline;
import org.planextract.model.ErrorCode;
import org.planextract.model.Format;
import org.planextract.problems.PlanExtractException;

/**
 * Reads the text layer of a PDF with Apache PDFBox into the same rendering as the other formats:
 * glyphs with positions are grouped into lines ({@link PdfLineBuilder}), tables come from the
 * pages' ruling lines ({@link PdfRulingCollector}, {@link PdfTableGrid}), and {@link PdfLayout}
 * writes paragraphs and tables without running headers and page numbers.
 *
 * <p>Hostile input: a file that is not a PDF or is cut short is {@code CORRUPT}; a PDF that needs a
 * user password is {@code ENCRYPTED} (one with only an owner password is read); pages without any
 * text (a scan) give {@code NO_TEXT_LAYER}; fonts without a Unicode mapping for more than a fifth
 * of the glyphs give {@code ENCODING}; more than {@link #MAX_PAGES} pages or a page with more than
 * {@link #MAX_GLYPHS_PER_PAGE} glyphs is {@code TOO_LARGE}; the deadline is checked on every page.
 */
public final class PdfReader implements DocumentReader {
  /** Pages read at most; a plan is rarely over 300. */
  public static final int MAX_PAGES = 2_000;
  /** Glyphs on one page at most (a dense A3 page holds about 10,000). */
  public static final int MAX_GLYPHS_PER_PAGE = 200_000;
  private static final double MAX_UNMAPPED_SHARE = 0.2;
  private static final double PAGE_FRAME_SHARE = 0.6;
  private static final int HEADER_WINDOW = 1024;
  private static final int TRAILER_WINDOW = 2048;

  private final int maxPages;

  public PdfReader() {
    this(MAX_PAGES);
  }

  /** A reader with another page limit (tests). */
  public PdfReader(int maxPages) {
    this.maxPages = maxPages;
  }

  @Override
  public Format format() {
    return Format.PDF;
  }

  @Override
  public boolean supports(Path path) {
    return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
  }

  @Override
  public SourceText read(byte[] bytes) {
    return read(bytes, Deadline.none());
  }

  @Override
  public SourceText read(byte[] bytes, Deadline deadline) {
    if (bytes.length == 0) {
      throw new PlanExtractException(ErrorCode.EMPTY, "empty file");
    }
    checkFrame(bytes);
    try (PDDocument document = Loader.loadPDF(bytes)) {
      int pageCount = document.getNumberOfPages();
      if (pageCount == 0) {
        throw new PlanExtractException(ErrorCode.EMPTY, "the PDF has no pages");
      }
      if (pageCount > maxPages) {
        throw new PlanExtractException(ErrorCode.TOO_LARGE,
            pageCount + " pages, over the limit of " + maxPages + " pages");
      }
      List<PdfPage> pages = new ArrayList<>();
      boolean[] images = {false};
      PdfLineBuilder lineBuilder = new PdfLineBuilder();
      PdfTextCollector collector = new PdfTextCollector((number, page, glyphs) -> {
        deadline.check("reading page " + number);
        PdfRulingCollector rulings = new PdfRulingCollector(page);
        List<PdfTableGrid> grids = tables(page, rulings.collect());
        images[0] |= rulings.imagesSeen();
        pages.add(page(number, page, glyphs, grids, lineBuilder));
      }, MAX_GLYPHS_PER_PAGE);
      collector.getText(document);
      if (collector.shownGlyphs() == 0) {
        throw images[0]
            ? new PlanExtractException(ErrorCode.NO_TEXT_LAYER,
                "no text layer: the pages are images (a scan); it needs OCR, which is not done here")
            : new PlanExtractException(ErrorCode.EMPTY, "no text on any page");
      }
      double unmapped = (double) collector.unmappedGlyphs() / collector.shownGlyphs();
      if (unmapped > MAX_UNMAPPED_SHARE) {
        throw new PlanExtractException(ErrorCode.ENCODING, String.format(Locale.ROOT,
            "%.0f%% of the glyphs have no Unicode mapping (fonts without ToUnicode): the text would be garbage",
            unmapped * 100));
      }
      RenderingBuilder out = new RenderingBuilder();
      new PdfLayout().render(pages, out);
      SourceText text = out.build(Format.PDF, "UTF-8");
      if (text.blocks().isEmpty()) {
        throw new PlanExtractException(ErrorCode.EMPTY, "no text in the PDF");
      }
      return text;
    } catch (InvalidPasswordException e) {
      throw new PlanExtractException(ErrorCode.ENCRYPTED,
          "encrypted PDF: a user password is needed to open it", e);
    } catch (PdfPageTooLargeException e) {
      throw new PlanExtractException(ErrorCode.TOO_LARGE, e.getMessage(), e);
    } catch (IOException e) {
      throw new PlanExtractException(ErrorCode.CORRUPT, "not a readable PDF: " + oneLine(e), e);
    } catch (IllegalArgumentException | IllegalStateException | ClassCastException
        | IndexOutOfBoundsException | ArithmeticException e) {
      // PDFBox signals some damaged structures (bad object types, broken streams) with these.
      throw new PlanExtractException(ErrorCode.CORRUPT, "damaged PDF: " + oneLine(e), e);
    }
  }

  /** A PDF starts with %PDF- and ends with %%EOF; a file cut short has no end marker. */
  private static void checkFrame(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, HEADER_WINDOW), StandardCharsets.ISO_8859_1);
    if (!head.contains("%PDF-")) {
      throw new PlanExtractException(ErrorCode.CORRUPT, "not a PDF (no %PDF- header)");
    }
    int from = Math.max(0, bytes.length - TRAILER_WINDOW);
    String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
    if (!tail.contains("%%EOF")) {
      throw new PlanExtractException(ErrorCode.CORRUPT, "truncated PDF (no %%EOF end marker)");
    }
  }

  /** The page's tables, without a frame drawn around the whole page. */
  private static List<PdfTableGrid> tables(PDPage page, List<PdfRuling> rulings) {
    PDRectangle box = page.getCropBox();
    double pageArea = (double) box.getWidth() * box.getHeight();
    return PdfTableGrid.find(rulings).stream()
        .filter(g -> g.cells().size() > 1
            || (g.right() - g.left()) * (double) (g.bottom() - g.top()) < PAGE_FRAME_SHARE * pageArea)
        .toList();
  }

  private static PdfPage page(int number, PDPage page, List<PdfGlyph> glyphs, List<PdfTableGrid> grids,
      PdfLineBuilder lineBuilder) {
    List<PdfGlyph> body = new ArrayList<>();
    List<List<List<PdfGlyph>>> cellGlyphs = new ArrayList<>();
    for (PdfTableGrid grid : grids) {
      List<List<PdfGlyph>> cells = new ArrayList<>();
      grid.cells().forEach(c -> cells.add(new ArrayList<>()));
      cellGlyphs.add(cells);
    }
    for (PdfGlyph g : glyphs) {
      if (!place(g, grids, cellGlyphs)) {
        body.add(g);
      }
    }
    List<PdfPage.PdfTable> tables = new ArrayList<>();
    for (int t = 0; t < grids.size(); t++) {
      List<List<PdfLine>> cellLines = new ArrayList<>();
      for (List<PdfGlyph> cell : cellGlyphs.get(t)) {
        cellLines.add(lineBuilder.lines(cell, number));
      }
      tables.add(new PdfPage.PdfTable(grids.get(t), cellLines));
    }
    PDRectangle box = page.getCropBox();
    return new PdfPage(number, box.getWidth(), box.getHeight(), lineBuilder.lines(body, number), tables);
  }

  private static boolean place(PdfGlyph g, List<PdfTableGrid> grids, List<List<List<PdfGlyph>>> cellGlyphs) {
    float x = g.centerX();
    float y = g.centerY();
    for (int t = 0; t < grids.size(); t++) {
      PdfTableGrid grid = grids.get(t);
      if (!grid.contains(x, y)) {
        continue;
      }
      for (int c = 0; c < grid.cells().size(); c++) {
        if (grid.cells().get(c).contains(x, y)) {
          cellGlyphs.get(t).get(c).add(g);
          return true;
        }
      }
    }
    return false;
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message).strip();
  }
}
