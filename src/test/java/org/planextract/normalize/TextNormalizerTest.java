package org.planextract.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planextract.model.Span;
import org.planextract.read.TextLine;

class TextNormalizerTest {
  private final TextNormalizer normalizer = new TextNormalizer();

  @Test
  void bookmarkArtifactsAreRemovedAndOffsetsPointIntoTheRendering() {
    String raw = "[bookmark: _Toc80948155][bookmark: _Toc1]（一）规划基础";
    int lineStart = 100;
    AlignedText t = normalizer.normalize(new TextLine(raw, 8, lineStart));
    assertEquals("（一）规划基础", t.clean());
    assertEquals("(一)规划基础", t.folded());
    int titleAt = t.clean().indexOf("规划基础");
    Span span = t.renderingSpan(titleAt, t.length());
    assertEquals("规划基础", raw.substring(span.start() - lineStart, span.end() - lineStart));
    assertEquals(8, t.line());
  }

  @Test
  void edgesAreTrimmedIncludingIdeographicSpace() {
    AlignedText t = normalizer.normalize(new TextLine("\u3000\u3000一、总体要求  ", 1, 0));
    assertEquals("一、总体要求", t.clean());
    assertEquals(2, t.renderingOffset(0));
    assertEquals(new Span(2, 8), t.renderingSpan(0, t.length()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "（３）营造健康生活环境|(3)营造健康生活环境",
      "≥８０％|≥80%",
      "１．公共卫生|1.公共卫生",
      "专栏１０：工程|专栏10:工程",
      "ＡＢＣ　ｘ|ABC x"})
  void foldingIsOneCharForOne(String in, String out) {
    assertEquals(out, TextNormalizer.fold(in));
    assertEquals(in.length(), TextNormalizer.fold(in).length());
  }

  /** The key is the folded text without what {@code \\s} matches; checked against that regex on random text. */
  @Test
  void keyRemovesExactlyWhatTheRegexWhitespaceClassMatches() {
    java.util.regex.Pattern whitespace = java.util.regex.Pattern.compile("\\s+");
    char[] alphabet = {' ', '\t', '\n', '\u000B', '\f', '\r', '\u3000', '\u00a0', '\u2003', '\u0085', '\u001C',
        'a', '％', '（', '１', '每', '千', '人', 'Ⅱ', '\ufeff', '\uff5e', '\uff01', '\uff00', '\uff5f'};
    java.util.Random random = new java.util.Random(15);
    for (int n = 0; n < 20000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String t = text.toString();
      String folded = TextNormalizer.fold(t);
      assertEquals(whitespace.matcher(folded).replaceAll(""), TextNormalizer.key(t), t);
      StringBuilder byChar = new StringBuilder();
      for (char c : t.toCharArray()) {
        byChar.append(c >= '\uff01' && c <= '\uff5e' ? (char) (c - 0xfee0) : c == '\u3000' || c == '\u00a0' ? ' ' : c);
      }
      assertEquals(byChar.toString(), folded, t);
    }
  }

  @Test
  void aLineWithoutBookmarksIsKeptAsItIs() {
    AlignedText t = normalizer.normalize(new TextLine("[bookmark 一、总体要求]", 1, 0));
    assertEquals("[bookmark 一、总体要求]", t.clean());
  }
}
