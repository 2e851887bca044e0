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
}
