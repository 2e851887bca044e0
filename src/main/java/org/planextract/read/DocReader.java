package org.planextract.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.RecordFormatException;
import org.planextract.model.ErrorCode;
import org.planextract.model.Format;
import org.planextract.problems.PlanExtractException;

/**
 * Reads Word 97–2003 .doc (and .wps files WPS saves in the same OLE2 format) with Apache POI
 * HWPF into the same rendering as {@link DocxReader}: body paragraphs and tables in order,
 * automatic list numbers restored ({@link DocNumbering}), text boxes as one-cell
 * {@link TableBlock}s after their anchor paragraph ({@link DocTextBoxes}), vertically merged
 * cells filled, horizontally merged cells shown once; headers, footers, notes and comments are
 * other stories and left out. Files that are not OLE2, or OLE2 without a WordDocument stream
 * (Excel, Works), are UNSUPPORTED_FORMAT; password-protected ones ENCRYPTED; damaged ones CORRUPT.
 */
public final class DocReader implements DocumentReader {
  private static final String WORD_STREAM = "WordDocument";
  /** Bytes of the WordDocument stream kept for the FIB (its fixed part and FibRgFcLcb97 fit). */
  private static final int FIB_PREFIX = 4096;
  /** FibBase: the high byte of the flags word at offset 10; bit 0x01 there is fEncrypted (0x0100). */
  private static final int FIB_FLAGS_HIGH = 11;
  private static final int F_ENCRYPTED = 0x01;

  private final ContentSniffer sniffer = new ContentSniffer();
  private final DocTextCleaner cleaner = new DocTextCleaner();

  @Override
  public Format format() {
    return Format.DOC;
  }

  @Override
  public boolean supports(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".doc") || name.endsWith(".wps");
  }

  @Override
  public SourceText read(byte[] bytes) {
    if (bytes.length == 0) {
      throw new PlanExtractException(ErrorCode.EMPTY, "empty file");
    }
    if (sniffer.sniff(bytes).filter(f -> f == Format.DOC).isEmpty()) {
      throw new PlanExtractException(ErrorCode.UNSUPPORTED_FORMAT,
          "not a Word 97–2003 (OLE2) document: " + sniffer.describe(bytes));
    }
    boolean encrypted = false;
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
        throw new PlanExtractException(ErrorCode.ENCRYPTED, "password-protected Office document");
      }
      if (!root.hasEntry(WORD_STREAM)) {
        throw new PlanExtractException(ErrorCode.UNSUPPORTED_FORMAT,
            "an OLE2 file without a WordDocument stream (" + kind(root) + "), not a Word document");
      }
      byte[] fib;
      try (InputStream in = root.createDocumentInputStream(WORD_STREAM)) {
        fib = in.readNBytes(FIB_PREFIX);
      }
      encrypted = fib.length > FIB_FLAGS_HIGH && (fib[FIB_FLAGS_HIGH] & F_ENCRYPTED) != 0;
      HWPFDocument document = new HWPFDocument(root);
      return render(document, fib);
    } catch (EncryptedDocumentException e) {
      throw new PlanExtractException(ErrorCode.ENCRYPTED, "password-protected .doc: " + oneLine(e), e);
    } catch (OldWordFileFormatException e) {
      throw new PlanExtractException(ErrorCode.UNSUPPORTED_FORMAT,
          "a Word 6/95 document (only Word 97–2003 .doc is read): " + oneLine(e), e);
    } catch (IOException | RecordFormatException | IndexOutOfBoundsException | NegativeArraySizeException
        | IllegalArgumentException | IllegalStateException | NoSuchElementException
        | java.nio.BufferUnderflowException e) {
      // HWPF reports truncated or inconsistent streams and tables with these; an encrypted file's
      // tables read without the key are such garbage.
      if (encrypted) {
        throw new PlanExtractException(ErrorCode.ENCRYPTED,
            "password-protected .doc (encrypted; it cannot be read without the password)", e);
      }
      throw new PlanExtractException(ErrorCode.CORRUPT, "not a readable .doc: " + oneLine(e), e);
    }
  }

  /** What an OLE2 file without a Word stream probably is, from its streams' names. */
  private static String kind(DirectoryNode root) {
    if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
      return "an Excel workbook";
    }
    if (root.hasEntry("PowerPoint Document")) {
      return "a PowerPoint presentation";
    }
    List<String> names = new ArrayList<>(root.getEntryNames());
    names.sort(null);
    return "streams " + String.join(", ", names.subList(0, Math.min(names.size(), 5)));
  }

  private SourceText render(HWPFDocument document, byte[] fib) {
    RenderingBuilder out = new RenderingBuilder();
    DocNumbering numbering = new DocNumbering(document);
    DocTextBoxes boxes = DocTextBoxes.of(document, fib, cleaner);
    Range range = document.getRange();
    int count = range.numParagraphs();
    for (int i = 0; i < count; i++) {
      org.apache.poi.hwpf.usermodel.Paragraph paragraph = range.getParagraph(i);
      if (paragraph.isInTable()) {
        Table table = range.getTable(paragraph);
        out.table(readTable(table, numbering), TableBlock.Origin.TABLE);
        for (List<String> box : anchoredBoxes(table, boxes)) {
          out.table(List.of(List.of(new CellContent(String.join("\n", box), false))), TableBlock.Origin.TEXT_BOX);
        }
        i += Math.max(1, table.numParagraphs()) - 1;
      } else {
        out.paragraph(numbering.prefix(paragraph) + cleaner.clean(visibleText(paragraph)), hint(document, paragraph));
        for (List<String> box : anchoredBoxes(paragraph, boxes)) {
          out.table(List.of(List.of(new CellContent(String.join("\n", box), false))), TableBlock.Origin.TEXT_BOX);
        }
      }
    }
    SourceText text = out.build(Format.DOC, null);
    if (text.blocks().isEmpty()) {
      throw new PlanExtractException(ErrorCode.EMPTY, "no text in the document body");
    }
    return text;
  }

  /** The range's raw text without runs marked deleted by tracked changes (what Word shows with changes accepted). */
  private static String visibleText(Range range) {
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < range.numCharacterRuns(); r++) {
      CharacterRun run = range.getCharacterRun(r);
      if (!run.isMarkedDeleted()) {
        sb.append(run.text());
      }
    }
    return sb.toString();
  }

  /** Text boxes whose drawing is anchored (a 0x08 character) somewhere in the range. */
  private static List<List<String>> anchoredBoxes(Range range, DocTextBoxes boxes) {
    List<List<String>> found = new ArrayList<>();
    for (int r = 0; r < range.numCharacterRuns(); r++) {
      CharacterRun run = range.getCharacterRun(r);
      String text = run.text();
      for (int k = text.indexOf('\u0008'); k >= 0; k = text.indexOf('\u0008', k + 1)) {
        found.addAll(boxes.anchoredAt(run.getStartOffset() + k));
      }
    }
    return found;
  }

  private static HeadingHint hint(HWPFDocument document, org.apache.poi.hwpf.usermodel.Paragraph paragraph) {
    StyleDescription style = document.getStyleSheet() == null ? null
        : document.getStyleSheet().getStyleDescription(paragraph.getStyleIndex());
    String name = style == null ? null : style.getName();
    if (name == null) {
      return HeadingHint.NONE;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("title") || name.equals("标题")) {
      return HeadingHint.TITLE;
    }
    return lower.startsWith("heading") || name.startsWith("标题") ? HeadingHint.HEADING : HeadingHint.NONE;
  }

  /**
   * Rows of cells. A vertically merged continuation becomes a filled cell carrying the text of the
   * cell above at the same left edge; a horizontally merged continuation (old fMerged) is dropped,
   * as a docx gridSpan cell is shown once.
   */
  private List<List<CellContent>> readTable(Table table, DocNumbering numbering) {
    List<List<CellContent>> rows = new ArrayList<>();
    Map<Integer, String> columnText = new TreeMap<>();
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      List<CellContent> cells = new ArrayList<>();
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        if (cell.isMerged() && !cell.isFirstMerged()) {
          continue;
        }
        if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
          cells.add(new CellContent(columnText.getOrDefault(cell.getLeftEdge(), ""), true));
          continue;
        }
        String text = cellText(cell, numbering);
        columnText.put(cell.getLeftEdge(), text);
        cells.add(new CellContent(text, false));
      }
      rows.add(cells);
    }
    return rows;
  }

  private String cellText(TableCell cell, DocNumbering numbering) {
    List<String> lines = new ArrayList<>();
    for (int p = 0; p < cell.numParagraphs(); p++) {
      org.apache.poi.hwpf.usermodel.Paragraph paragraph = cell.getParagraph(p);
      lines.add(numbering.prefix(paragraph) + cleaner.clean(visibleText(paragraph)));
    }
    return String.join("\n", lines);
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message).strip();
  }
}
