package org.planextract.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.planextract.model.ErrorCode;
import org.planextract.model.Format;
import org.planextract.problems.PlanExtractException;

/**
 * Reads .docx with Apache POI: body paragraphs and tables in document order. Restores automatic
 * heading numbers ({@link DocxNumbering}), keeps text boxes (read from {@code w:txbxContent}, the
 * mc:Choice copy only) as one-cell {@link TableBlock}s right after their anchor paragraph, fills
 * vertically merged cells, and leaves out headers, footers and comments. Nesting is bounded
 * before POI's recursive model is built ({@link DocxPreScan}).
 */
public final class DocxReader implements DocumentReader {
  private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  private static final String TEXT_BOX_PATH =
      "declare namespace w='" + W_NS + "' $this//w:txbxContent";
  private static final String PARAGRAPH_PATH = "declare namespace w='" + W_NS + "' $this//w:p";
  private static final String TEXT_PATH = "declare namespace w='" + W_NS + "' $this//w:t";

  @Override
  public Format format() {
    return Format.DOCX;
  }

  @Override
  public boolean supports(Path path) {
    return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx");
  }

  @Override
  public SourceText read(byte[] bytes) {
    if (bytes.length == 0) {
      throw new PlanExtractException(ErrorCode.EMPTY, "empty file");
    }
    try (XWPFDocument document = open(bytes)) {
      RenderingBuilder out = new RenderingBuilder();
      DocxNumbering numbering = new DocxNumbering(document);
      for (IBodyElement element : document.getBodyElements()) {
        if (element instanceof XWPFParagraph paragraph) {
          readParagraph(paragraph, numbering, out);
        } else if (element instanceof XWPFTable table) {
          out.table(readTable(table, numbering), TableBlock.Origin.TABLE);
        } else if (element instanceof XWPFSDT sdt) {
          out.paragraph(sdt.getContent().getText(), HeadingHint.NONE);
        }
      }
      SourceText text = out.build(Format.DOCX, "UTF-8");
      if (text.blocks().isEmpty()) {
        throw new PlanExtractException(ErrorCode.EMPTY, "no text in the document body");
      }
      return text;
    } catch (IOException | InvalidFormatException | org.apache.poi.ooxml.POIXMLException
        | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException
        | org.apache.poi.UnsupportedFileFormatException e) {
      throw new PlanExtractException(ErrorCode.CORRUPT, "not a readable .docx: " + oneLine(e), e);
    } catch (IllegalStateException | IllegalArgumentException | ClassCastException e) {
      // POI signals damaged packages (missing parts, bad relationships) with these; thrown by our
      // own code they are a bug, reported as INTERNAL by the run, never as a damaged file.
      if (!thrownByPoi(e)) {
        throw e;
      }
      throw new PlanExtractException(ErrorCode.CORRUPT, "damaged .docx: " + oneLine(e), e);
    }
  }

  /** The package (POI's zip guards), its XML parts pre-scanned for nesting ({@link DocxPreScan}), then POI's model. */
  private static XWPFDocument open(byte[] bytes) throws IOException, InvalidFormatException {
    OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
    try {
      new DocxPreScan().check(pkg);
    } catch (PlanExtractException | IOException | InvalidFormatException e) {
      pkg.revert();
      throw e;
    }
    return new XWPFDocument(pkg);
  }

  /** Whether the first frame outside the JDK belongs to POI or its XML libraries. */
  static boolean thrownByPoi(RuntimeException e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      String c = frame.getClassName();
      if (c.startsWith("java.") || c.startsWith("javax.") || c.startsWith("jdk.") || c.startsWith("sun.")) {
        continue;
      }
      return c.startsWith("org.apache.poi.") || c.startsWith("org.apache.xmlbeans.")
          || c.startsWith("org.openxmlformats.") || c.startsWith("org.etsi.") || c.startsWith("com.microsoft.schemas.");
    }
    return false;
  }

  private void readParagraph(XWPFParagraph paragraph, DocxNumbering numbering, RenderingBuilder out) {
    String prefix = numbering.prefix(paragraph);
    String text = paragraph.getText();
    out.paragraph(prefix + text, hint(paragraph));
    for (List<String> box : textBoxes(paragraph.getCTP())) {
      List<List<CellContent>> rows = List.of(List.of(new CellContent(String.join("\n", box), false)));
      out.table(rows, TableBlock.Origin.TEXT_BOX);
    }
  }

  /** Text boxes anchored in this paragraph, each as its paragraphs' texts; Fallback copies skipped. */
  private static List<List<String>> textBoxes(XmlObject paragraph) {
    List<List<String>> boxes = new ArrayList<>();
    for (XmlObject content : paragraph.selectPath(TEXT_BOX_PATH)) {
      if (insideFallback(content)) {
        continue;
      }
      List<String> lines = new ArrayList<>();
      for (XmlObject p : content.selectPath(PARAGRAPH_PATH)) {
        StringBuilder sb = new StringBuilder();
        for (XmlObject t : p.selectPath(TEXT_PATH)) {
          try (XmlCursor c = t.newCursor()) {
            sb.append(c.getTextValue());
          }
        }
        lines.add(sb.toString());
      }
      boxes.add(lines);
    }
    return boxes;
  }

  private static boolean insideFallback(XmlObject node) {
    try (XmlCursor cursor = node.newCursor()) {
      while (cursor.toParent()) {
        javax.xml.namespace.QName name = cursor.getName();
        if (name != null && MC_NS.equals(name.getNamespaceURI())
            && name.getLocalPart().equals("Fallback")) {
          return true;
        }
      }
    }
    return false;
  }

  private static HeadingHint hint(XWPFParagraph paragraph) {
    String styleId = paragraph.getStyleID();
    if (styleId == null) {
      return HeadingHint.NONE;
    }
    String name = styleId;
    if (paragraph.getDocument().getStyles() != null) {
      XWPFStyle style = paragraph.getDocument().getStyles().getStyle(styleId);
      if (style != null && style.getName() != null) {
        name = style.getName();
      }
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("title") || name.equals("标题")) {
      return HeadingHint.TITLE;
    }
    return lower.startsWith("heading") || name.startsWith("标题") ? HeadingHint.HEADING : HeadingHint.NONE;
  }

  /** Rows of cells; a vertically merged continuation becomes a filled cell carrying the text above. */
  private static List<List<CellContent>> readTable(XWPFTable table, DocxNumbering numbering) {
    List<List<CellContent>> rows = new ArrayList<>();
    List<String> columnText = new ArrayList<>();
    for (XWPFTableRow row : table.getRows()) {
      List<CellContent> cells = new ArrayList<>();
      int column = 0;
      for (XWPFTableCell cell : row.getTableCells()) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        int span = pr != null && pr.getGridSpan() != null && pr.getGridSpan().getVal() != null
            ? Math.max(1, Math.min(pr.getGridSpan().getVal().intValue(), 64)) : 1;
        CTVMerge merge = pr == null ? null : pr.getVMerge();
        boolean continuation = merge != null
            && (merge.getVal() == null || merge.getVal() == STMerge.CONTINUE);
        String text;
        if (continuation) {
          text = column < columnText.size() ? columnText.get(column) : "";
          cells.add(new CellContent(text, true));
        } else {
          text = cellText(cell, numbering);
          cells.add(new CellContent(text, false));
        }
        for (int c = column; c < column + span; c++) {
          while (columnText.size() <= c) {
            columnText.add("");
          }
          columnText.set(c, text);
        }
        column += span;
      }
      rows.add(cells);
    }
    return rows;
  }

  private static String cellText(XWPFTableCell cell, DocxNumbering numbering) {
    List<String> lines = new ArrayList<>();
    for (IBodyElement element : cell.getBodyElements()) {
      if (element instanceof XWPFParagraph p) {
        lines.add(numbering.prefix(p) + p.getText());
      } else if (element instanceof XWPFTable nested) {
        for (XWPFTableRow row : nested.getRows()) {
          for (XWPFTableCell c : row.getTableCells()) {
            lines.add(c.getText());
          }
        }
      }
    }
    return String.join("\n", lines);
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message).strip();
  }
}
