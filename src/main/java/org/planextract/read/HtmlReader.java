package org.planextract.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.planextract.model.ErrorCode;
import org.planextract.model.Format;
import org.planextract.problems.PlanExtractException;

/**
 * Reads government web pages with jsoup. Charset: BOM, else a {@code charset=} declaration found
 * anywhere in the first 64 KB (gb2312/gbk read as GB18030) when it names a real charset and the
 * text it gives is plausible (a lying latin-1 or UTF-16 declaration on a UTF-8 page is not), else
 * strict UTF-8, a detector, GB18030.
 * The article is located by {@link HtmlRules}, site chrome and scripts dropped; {@code <p>},
 * headings, {@code <br>} and other blocks become lines; tables become {@link TableBlock}s with
 * rowspan continuations filled.
 */
public final class HtmlReader implements DocumentReader {
  private static final Pattern DECLARED_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final int SNIFF_BYTES = 65536;
  /** Line breaks inside an html text node (source formatting, not text); compiled once, for every node. */
  private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");
  private static final Pattern SURROGATE_REFERENCE = Pattern.compile(
      "&#(?:[xX]0*[dD][89a-fA-F][0-9a-fA-F]{2}|0*(?:5529[6-9]|55[3-9][0-9]{2}|56[0-9]{3}|57[0-2][0-9]{2}|573[0-3][0-9]|5734[0-3]));?");
  private static final int MAX_SPAN = 100;
  private static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article",
      "blockquote", "pre", "center", "dd", "dt", "dl", "tr", "hr", "address", "header", "footer",
      "main", "figure", "figcaption", "caption", "form", "fieldset", "td", "th");
  private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  private final HtmlRules rules;
  private final TextDecoder decoder = new TextDecoder();

  public HtmlReader(HtmlRules rules) {
    this.rules = rules;
  }

  @Override
  public Format format() {
    return Format.HTML;
  }

  @Override
  public boolean supports(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm");
  }

  @Override
  public SourceText read(byte[] bytes) {
    if (bytes.length == 0) {
      throw new PlanExtractException(ErrorCode.EMPTY, "empty file");
    }
    DecodedText decoded = decode(bytes);
    new HtmlPreScan().check(decoded.text());
    // A character reference to a surrogate (&#xD800;) is U+FFFD by the HTML standard; jsoup would
    // hand on a lone surrogate, which no UTF-8 output can hold.
    String html = SURROGATE_REFERENCE.matcher(decoded.text()).replaceAll("\uFFFD");
    Document page = Jsoup.parse(html, "", Parser.htmlParser());
    page.select("script, style, noscript, template, iframe, object, svg").remove();
    Element article = locateArticle(page);
    for (String selector : rules.dropSelectors()) {
      article.select(selector).remove();
    }
    RenderingBuilder out = new RenderingBuilder();
    new Walker(out).walk(article);
    SourceText text = out.build(Format.HTML, decoded.charset());
    int chars = text.blocks().stream().mapToInt(HtmlReader::length).sum();
    if (chars < rules.minArticleChars()) {
      throw new PlanExtractException(ErrorCode.EMPTY,
          "no article in the page (" + chars + " characters of text outside navigation)");
    }
    return text;
  }

  private static int length(Block block) {
    if (block instanceof Paragraph p) {
      return p.text().text().length();
    }
    return ((TableBlock) block).contentLines().stream().mapToInt(l -> l.text().length()).sum();
  }

  private DecodedText decode(byte[] bytes) {
    Optional<DecodedText> bom = decoder.decodeWithBom(bytes);
    if (bom.isPresent()) {
      return bom.get();
    }
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED_CHARSET.matcher(head);
    if (m.find()) {
      String declared = m.group(1);
      Optional<DecodedText> text = decoder.decodeDeclared(bytes, declared);
      if (text.isPresent()) {
        return text.get();
      }
    }
    return decoder.decode(bytes);
  }

  private Element locateArticle(Document page) {
    for (String selector : rules.articleSelectors()) {
      Element found = page.selectFirst(selector);
      if (found != null && found.text().length() >= rules.minArticleChars()) {
        return found;
      }
    }
    Element body = page.body();
    for (String selector : rules.dropSelectors()) {
      body.select(selector).remove();
    }
    // Each element is scored once (a stream's max() would score the running best again for every
    // element: quadratic on a page of one huge table).
    Element best = null;
    int bestScore = 0;
    for (Element e : body.select("*")) {
      int score = paragraphText(e);
      if (best == null || score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best != null && bestScore > 0 ? best : body;
  }

  /** Text held by an element's own paragraph-like children: the Readability idea, simplified. */
  private static int paragraphText(Element element) {
    int sum = 0;
    for (Element child : element.children()) {
      String tag = child.normalName();
      if (tag.equals("p") || tag.equals("table") || HEADING_TAGS.contains(tag)) {
        sum += child.text().length();
      }
    }
    return sum;
  }

  /**
   * Turns the article's nodes into paragraphs and tables in document order. Iterative (jsoup's
   * NodeTraversor), so a hostile page nested thousands of levels deep cannot overflow the stack.
   */
  private static final class Walker implements NodeFilter {
    private final RenderingBuilder out;
    private final StringBuilder line = new StringBuilder();
    private HeadingHint hint = HeadingHint.NONE;

    Walker(RenderingBuilder out) {
      this.out = out;
    }

    void walk(Element root) {
      NodeTraversor.filter(this, root);
      flush();
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        line.append(LINE_BREAKS.matcher(text.getWholeText().replace('\u00a0', ' ')).replaceAll(""));
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element element) || depth == 0) {
        return FilterResult.CONTINUE;
      }
      String tag = element.normalName();
      if (tag.equals("br")) {
        flush();
      } else if (tag.equals("table")) {
        flush();
        out.table(new HtmlTableGrid(MAX_SPAN).rows(element), TableBlock.Origin.TABLE);
        return FilterResult.SKIP_ENTIRELY;
      } else if (BLOCK_TAGS.contains(tag)) {
        flush();
        if (HEADING_TAGS.contains(tag)) {
          hint = HeadingHint.HEADING;
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element && depth > 0 && BLOCK_TAGS.contains(element.normalName())) {
        flush();
      }
      return FilterResult.CONTINUE;
    }

    private void flush() {
      if (!line.toString().isBlank()) {
        out.paragraph(line.toString(), hint);
      }
      line.setLength(0);
      hint = HeadingHint.NONE;
    }
  }
}
