package org.planextract.variants;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.planextract.variants.PlanText.Block;
import org.planextract.variants.PlanText.Cell;
import org.planextract.variants.PlanText.Grid;
import org.planextract.variants.PlanText.Para;

/**
 * Writes a variant as .txt (corpus layout), .docx (POI XWPF: paragraphs and real tables, merges
 * as vMerge/gridSpan) and .html (tables with rowspan/colspan). With {@code merges} off, merged
 * cells are written as empty cells, as many plans do.
 */
final class VariantFormats {

  byte[] txt(PlanText plan) {
    return new TxtLayout().write(withMerges(plan.blocks, false)).getBytes(StandardCharsets.UTF_8);
  }

  byte[] docx(PlanText plan, boolean merges) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (Block b : withMerges(plan.blocks, merges)) {
        if (b instanceof Para p) {
          if (!p.text().isBlank()) {
            doc.createParagraph().createRun().setText(p.text());
          }
        } else {
          table(doc, (Grid) b);
        }
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void table(XWPFDocument doc, Grid g) {
    int width = g.width();
    XWPFTable table = doc.createTable(g.rows.size(), width);
    for (int r = 0; r < g.rows.size(); r++) {
      XWPFTableRow row = table.getRow(r);
      List<Cell> cells = g.rows.get(r);
      // remove the positions a colspan covers, from the right so indexes stay valid
      for (int c = width - 1; c >= 0; c--) {
        if (c < cells.size() && cells.get(c).covered() && coveredFromLeft(cells, c)) {
          row.removeCell(c);
        }
      }
      int pos = 0;
      for (int c = 0; c < width; c++) {
        Cell cell = c < cells.size() ? cells.get(c) : Cell.of("");
        if (cell.covered() && coveredFromLeft(cells, c)) {
          continue;
        }
        XWPFTableCell tc = row.getCell(pos++);
        CTTcPr pr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
        if (cell.colspan() > 1) {
          pr.addNewGridSpan().setVal(BigInteger.valueOf(cell.colspan()));
        }
        if (cell.rowspan() > 1) {
          pr.addNewVMerge().setVal(STMerge.RESTART);
        } else if (cell.covered()) {
          pr.addNewVMerge();
          continue;
        }
        String[] lines = cell.text().split("\n", -1);
        XWPFParagraph first = tc.getParagraphs().get(0);
        first.createRun().setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
          tc.addParagraph().createRun().setText(lines[i]);
        }
      }
    }
  }

  /** A covered cell whose origin is to its left in the same row (a colspan), not above. */
  private static boolean coveredFromLeft(List<Cell> cells, int c) {
    for (int k = c - 1; k >= 0; k--) {
      Cell left = cells.get(k);
      if (!left.covered()) {
        return left.colspan() > c - k;
      }
    }
    return false;
  }

  /** The plan as a page: a bare one, or its source's page with the article's content replaced. */
  byte[] html(PlanText plan, boolean merges) {
    String page = plan.htmlShell != null ? plan.htmlShell
        : "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + escape(plan.title())
            + "</title></head><body><div class=\"article\">\n" + HtmlLayout.CONTENT + "</div></body></html>\n";
    int at = page.indexOf(HtmlLayout.CONTENT);
    StringBuilder h = new StringBuilder(page.substring(0, at));
    for (Block b : withMerges(plan.blocks, merges)) {
      if (b instanceof Para p) {
        if (!p.text().isBlank()) {
          h.append("<p>").append(escape(p.text())).append("</p>\n");
        }
      } else {
        h.append("<table border=\"1\">\n");
        for (List<Cell> row : ((Grid) b).rows) {
          h.append("<tr>");
          for (Cell c : row) {
            if (c.covered()) {
              continue;
            }
            h.append("<td");
            if (c.rowspan() > 1) {
              h.append(" rowspan=\"").append(c.rowspan()).append('"');
            }
            if (c.colspan() > 1) {
              h.append(" colspan=\"").append(c.colspan()).append('"');
            }
            h.append('>').append(escape(c.text()).replace("\n", "<br>")).append("</td>");
          }
          h.append("</tr>\n");
        }
        h.append("</table>\n");
      }
    }
    return h.append(page.substring(at + HtmlLayout.CONTENT.length())).toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /**
   * The blocks with merge columns turned into real merges (an empty cell under a filled one is
   * covered by it), or, with merges off, every covered cell as an empty cell.
   */
  static List<Block> withMerges(List<Block> blocks, boolean merges) {
    return blocks.stream().map(b -> b instanceof Grid g ? (Block) merged(g, merges) : b).toList();
  }

  private static Grid merged(Grid source, boolean merges) {
    Grid g = source.copy();
    if (!merges) {
      for (List<Cell> row : g.rows) {
        row.replaceAll(c -> c.covered() || c.rowspan() > 1 || c.colspan() > 1 ? Cell.of(c.covered() ? "" : c.text()) : c);
      }
      return g;
    }
    for (int col : g.mergeColumns) {
      int origin = -1;
      for (int r = g.bodyStart; r < g.rows.size(); r++) {
        Cell c = g.rows.get(r).get(col);
        if (c.covered() || c.rowspan() > 1 || c.colspan() > 1) {
          origin = -1;
          continue;
        }
        if (!c.text().isEmpty()) {
          origin = r;
        } else if (origin >= 0) {
          g.rows.get(r).set(col, Cell.coveredCell());
          Cell o = g.rows.get(origin).get(col);
          g.rows.get(origin).set(col, new Cell(o.text(), r - origin + 1, 1, false));
        }
      }
    }
    return g;
  }
}
