package org.planextract.variants;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.planextract.read.HtmlReader;
import org.planextract.read.HtmlRules;
import org.planextract.read.Paragraph;
import org.planextract.read.SourceText;
import org.planextract.read.TableBlock;
import org.planextract.variants.PlanText.Block;
import org.planextract.variants.PlanText.Cell;
import org.planextract.variants.PlanText.Grid;
import org.planextract.variants.PlanText.Para;

/**
 * Reads a .html golden case into the harness's blocks: paragraphs and table rows at the lines of
 * the reader's rendering (the lines its labels point at), tables with the page's own rowspan and
 * colspan, and the page around the article (navigation, location, footer) as a shell the .html
 * variants are written into.
 */
final class HtmlLayout {
  /** Where the article's content goes in {@link #shell}. */
  static final String CONTENT = "<!--plan-extract-variant-content-->";

  /** The blocks of the page and its shell. */
  record Page(List<Block> blocks, String shell) {}

  private final HtmlRules rules;

  HtmlLayout(HtmlRules rules) {
    this.rules = rules;
  }

  Page read(byte[] bytes) {
    SourceText text = new HtmlReader(rules).read(bytes);
    Document page = Jsoup.parse(new String(bytes, java.nio.charset.Charset.forName(text.encoding())));
    page.select("script, style").remove();
    Element article = article(page);
    List<Element> tables = article.select("table").stream()
        .filter(t -> t.parents().stream().takeWhile(p -> p != article).noneMatch(p -> p.normalName().equals("table")))
        .toList();
    List<Block> blocks = new ArrayList<>();
    int table = 0;
    for (org.planextract.read.Block b : text.blocks()) {
      if (b instanceof Paragraph p) {
        blocks.add(new Para(p.text().text(), p.line()));
      } else {
        blocks.add(grid((TableBlock) b, tables.get(table++)));
      }
    }
    article.empty().appendChild(new org.jsoup.nodes.Comment(CONTENT.substring(4, CONTENT.length() - 3)));
    page.outputSettings().prettyPrint(false);
    return new Page(blocks, page.outerHtml());
  }

  /**
   * The article as the reader finds it: the first element an article selector names, else the
   * element whose own paragraphs, headings and tables hold the most text.
   */
  private Element article(Document page) {
    for (String selector : rules.articleSelectors()) {
      Element found = page.selectFirst(selector);
      if (found != null && found.text().length() >= rules.minArticleChars()) {
        return found;
      }
    }
    Element best = page.body();
    int bestScore = 0;
    for (Element e : page.body().select("*")) {
      int score = e.children().stream().filter(c -> c.normalName().matches("p|table|h[1-6]"))
          .mapToInt(c -> c.text().length()).sum();
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * The table as a full grid: spans from the page, the text of each cell from the reader's block
   * (its origins are the block's cells that no merge fills, in order).
   */
  private static Grid grid(TableBlock block, Element table) {
    List<Element> trs = table.select("tr").stream().filter(tr -> tr.closest("table") == table).toList();
    if (trs.size() != block.rows().size()) {
      throw new IllegalStateException("table rows: page " + trs.size() + ", reader " + block.rows().size());
    }
    List<List<Cell>> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    for (int r = 0; r < trs.size(); r++) {
      while (rows.size() <= r) {
        rows.add(new ArrayList<>());
      }
      List<String> texts = block.rows().get(r).stream().filter(c -> !c.filled()).map(org.planextract.read.Cell::text).toList();
      List<Element> tds = trs.get(r).children().stream().filter(e -> e.normalName().matches("td|th")).toList();
      if (tds.size() != texts.size()) {
        throw new IllegalStateException("row " + r + ": page " + tds.size() + " cells, reader " + texts.size());
      }
      int col = 0;
      for (int k = 0; k < tds.size(); k++) {
        List<Cell> row = rows.get(r);
        while (col < row.size() && row.get(col) != null) {
          col++;
        }
        int rowspan = span(tds.get(k).attr("rowspan"));
        int colspan = span(tds.get(k).attr("colspan"));
        for (int dr = 0; dr < rowspan; dr++) {
          while (rows.size() <= r + dr) {
            rows.add(new ArrayList<>());
          }
          List<Cell> target = rows.get(r + dr);
          for (int dc = 0; dc < colspan; dc++) {
            while (target.size() <= col + dc) {
              target.add(null);
            }
            target.set(col + dc, dr == 0 && dc == 0 ? new Cell(texts.get(k), rowspan, colspan, false) : Cell.coveredCell());
          }
        }
        col += colspan;
      }
      lines.add(block.rows().get(r).get(0).lines().isEmpty() ? -1 : block.rows().get(r).get(0).lines().get(0).line());
    }
    int width = rows.stream().mapToInt(List::size).max().orElse(0);
    for (List<Cell> row : rows) {
      row.replaceAll(c -> c == null ? Cell.of("") : c);
      while (row.size() < width) {
        row.add(Cell.of(""));
      }
    }
    return new Grid(new ArrayList<>(rows.subList(0, trs.size())), lines);
  }

  private static int span(String attr) {
    return attr.isBlank() ? 1 : Math.max(1, Integer.parseInt(attr.strip()));
  }
}
