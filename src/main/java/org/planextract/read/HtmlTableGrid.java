package org.planextract.read;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/** Expands rowspan/colspan into rows of cells; continuation cells of a rowspan are filled. */
final class HtmlTableGrid {
  private final int maxSpan;

  HtmlTableGrid(int maxSpan) {
    this.maxSpan = maxSpan;
  }

  List<List<CellContent>> rows(Element table) {
    List<Element> trs = ownRows(table);
    List<List<CellContent>> rows = new ArrayList<>();
    // pending[c] = rows still covered by a rowspan started above in column c, with its text
    List<int[]> pendingCount = new ArrayList<>();
    List<String> pendingText = new ArrayList<>();
    for (Element tr : trs) {
      List<CellContent> row = new ArrayList<>();
      int column = 0;
      List<Element> tds = tr.children().stream()
          .filter(e -> e.normalName().equals("td") || e.normalName().equals("th")).toList();
      int next = 0;
      while (next < tds.size() || column < pendingCount.size() && pendingCount.get(column)[0] > 0) {
        if (column < pendingCount.size() && pendingCount.get(column)[0] > 0) {
          pendingCount.get(column)[0]--;
          row.add(new CellContent(pendingText.get(column), true));
          column++;
          continue;
        }
        if (next >= tds.size()) {
          column++;
          continue;
        }
        Element td = tds.get(next++);
        String text = cellText(td);
        int rowspan = clamp(td.attr("rowspan"));
        int colspan = clamp(td.attr("colspan"));
        row.add(new CellContent(text, false));
        for (int c = column; c < column + colspan; c++) {
          while (pendingCount.size() <= c) {
            pendingCount.add(new int[] {0});
            pendingText.add("");
          }
          pendingCount.get(c)[0] = rowspan - 1;
          pendingText.set(c, text);
        }
        // a colspan cell shows once; the columns it covers under a rowspan are filled once too
        column += colspan;
      }
      rows.add(row);
    }
    return rows;
  }

  private int clamp(String attr) {
    try {
      int v = attr.isBlank() ? 1 : Integer.parseInt(attr.strip());
      return Math.max(1, Math.min(v, maxSpan));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static List<Element> ownRows(Element table) {
    List<Element> rows = new ArrayList<>();
    for (Element child : table.children()) {
      String tag = child.normalName();
      if (tag.equals("tr")) {
        rows.add(child);
      } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
        for (Element tr : child.children()) {
          if (tr.normalName().equals("tr")) {
            rows.add(tr);
          }
        }
      }
    }
    return rows;
  }

  private static String cellText(Element td) {
    Elements nested = td.select("table");
    Element copy = td.clone();
    if (!nested.isEmpty()) {
      copy.select("table").forEach(t -> t.after(new TextNode("\n" + t.wholeText())).remove());
    }
    copy.select("br").forEach(br -> br.after(new TextNode("\n")).remove());
    copy.select("p, div, li").forEach(p -> p.after(new TextNode("\n")));
    return copy.wholeText().replace('\u00a0', ' ');
  }
}
