package org.planextract.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.OfficeDrawing;
import org.apache.poi.hwpf.usermodel.OfficeDrawings;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.util.LittleEndian;

/**
 * The text boxes of a .doc, so that each can be placed after the paragraph that anchors it, as
 * {@link DocxReader} places w:txbxContent. A .doc keeps the text of all text boxes in one story
 * (the main text box range); the table PlcftxbxTxt (FIB pair 56, not exposed by HWPF, read here
 * from the FIB) cuts it into one story per box and names the shape (lid) that shows it; the main
 * text holds a 0x08 anchor character per drawing, whose shape id HWPF's office drawings give.
 * A box whose shape matches no anchor (grouped shapes) goes to the next anchor without a box.
 */
final class DocTextBoxes {
  private static final int FIB_BASE = 32;
  private static final int PLCF_TXBX_TXT = 56;
  private static final int FTXBXS_SIZE = 22;
  private static final int FTXBXS_LID = 14;
  private static final int MAX_BOXES = 100_000;

  /** One text box story: the shape id it belongs to and its paragraphs' texts. */
  record Story(int shapeId, List<String> lines) {}

  private final List<Story> stories;
  private final OfficeDrawings drawings;
  private final Set<Integer> anchoredShapes = new HashSet<>();
  private final boolean[] used;

  private DocTextBoxes(List<Story> stories, OfficeDrawings drawings) {
    this.stories = stories;
    this.drawings = drawings;
    this.used = new boolean[stories.size()];
    if (drawings != null) {
      for (OfficeDrawing d : drawings.getOfficeDrawings()) {
        anchoredShapes.add(d.getShapeId());
      }
    }
  }

  /** Reads the text box stories of a document; none when the file has no (or a damaged) table. */
  static DocTextBoxes of(HWPFDocument document, byte[] wordDocumentStream, DocTextCleaner cleaner) {
    Range range = document.getMainTextboxRange();
    if (range == null) {
      return new DocTextBoxes(List.of(), null);
    }
    String text = range.text();
    List<Story> stories = new ArrayList<>();
    byte[] table = document.getTableStream();
    int[] fcLcb = plcfTxbxTxt(wordDocumentStream);
    if (fcLcb != null && table != null) {
      int fc = fcLcb[0];
      int lcb = fcLcb[1];
      int n = (lcb - 4) / (4 + FTXBXS_SIZE);
      if (n > 0 && n < MAX_BOXES && fc >= 0 && (long) fc + lcb <= table.length) {
        int dataStart = fc + 4 * (n + 1);
        for (int i = 0; i < n; i++) {
          int start = LittleEndian.getInt(table, fc + 4 * i);
          int end = LittleEndian.getInt(table, fc + 4 * (i + 1));
          int lid = LittleEndian.getInt(table, dataStart + FTXBXS_SIZE * i + FTXBXS_LID);
          if (start < 0 || end > text.length() || start >= end) {
            continue;
          }
          List<String> lines = cleaner.lines(text.substring(start, end));
          if (!lines.isEmpty()) {
            stories.add(new Story(lid, lines));
          }
        }
      }
    }
    return new DocTextBoxes(stories, document.getOfficeDrawingsMain());
  }

  /** The (fc, lcb) of PlcftxbxTxt in the FIB, or null when the FIB is too short to hold it. */
  private static int[] plcfTxbxTxt(byte[] fib) {
    if (fib == null || fib.length < FIB_BASE + 2) {
      return null;
    }
    int csw = LittleEndian.getUShort(fib, FIB_BASE);
    int cslwAt = FIB_BASE + 2 + csw * 2;
    if (fib.length < cslwAt + 2) {
      return null;
    }
    int cslw = LittleEndian.getUShort(fib, cslwAt);
    int cbAt = cslwAt + 2 + cslw * 4;
    if (fib.length < cbAt + 2) {
      return null;
    }
    int pairs = LittleEndian.getUShort(fib, cbAt);
    int at = cbAt + 2 + PLCF_TXBX_TXT * 8;
    if (pairs <= PLCF_TXBX_TXT || fib.length < at + 8) {
      return null;
    }
    int lcb = LittleEndian.getInt(fib, at + 4);
    return lcb > 4 ? new int[] {LittleEndian.getInt(fib, at), lcb} : null;
  }

  /** The boxes shown by the drawing anchored at a character position of the main text, in story order. */
  List<List<String>> anchoredAt(int characterPosition) {
    if (drawings == null || stories.isEmpty()) {
      return List.of();
    }
    OfficeDrawing drawing = drawings.getOfficeDrawingAt(characterPosition);
    if (drawing == null) {
      return List.of();
    }
    List<List<String>> found = new ArrayList<>();
    for (int i = 0; i < stories.size(); i++) {
      if (!used[i] && stories.get(i).shapeId() == drawing.getShapeId()) {
        used[i] = true;
        found.add(stories.get(i).lines());
      }
    }
    if (found.isEmpty()) {
      for (int i = 0; i < stories.size(); i++) {
        if (!used[i] && !anchoredShapes.contains(stories.get(i).shapeId())) {
          used[i] = true;
          found.add(stories.get(i).lines());
          break;
        }
      }
    }
    return found;
  }
}
