package org.planextract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.planextract.TestCorpus;
import org.planextract.model.ErrorCode;
import org.planextract.problems.PlanExtractException;

/** The html pre-scan, lying and bogus charsets, mojibake. */
class HostileReadTest {
  private final HtmlReader reader = new HtmlReader(TestCorpus.rules().html());

  private static byte[] page(String meta, String body) {
    return ("<html><head>" + meta + "</head><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
  }

  private static final String TEXT = "<p>到2025年，全县孕产妇死亡率控制在12/10万以下。</p>".repeat(10);

  @Test
  void hostileShapesAreRefusedWithTheLimitNamed() {
    for (String body : new String[] {"<b>x".repeat(5_000), "<b><i>x</b></i>".repeat(3_000),
        "<table><tr><td>x".repeat(500), "<table><tr>" + "<td>x".repeat(6_000) + "</table>"}) {
      PlanExtractException e = assertThrows(PlanExtractException.class, () -> reader.read(page("", TEXT + body)));
      assertEquals(ErrorCode.LIMIT_EXCEEDED, e.code());
      assertTrue(e.getMessage().startsWith("hostile html: "), e.getMessage());
    }
  }

  @Test
  void realisticSloppinessPasses() {
    String sloppy = "<font color=red><p>某县规划<b>加粗<p>未闭合的段落".repeat(50) + "<b><i>错</b></i>".repeat(20);
    assertTrue(reader.read(page("<meta charset=\"utf-8\">", sloppy + TEXT)).text().contains("未闭合的段落"));
  }

  @Test
  void lyingAndBogusCharsetsReadTheRealText() {
    for (String meta : new String[] {"<meta charset=\"iso-8859-1\">", "<meta charset=\"utf-16\">",
        "<meta charset=\"-bogus\">", "<meta charset=\"x-no-such-charset\">"}) {
      SourceText text = reader.read(page(meta, TEXT));
      assertTrue(text.text().contains("孕产妇死亡率"), meta);
      assertEquals("UTF-8", text.encoding(), meta);
    }
  }

  @Test
  void surrogateReferencesBecomeReplacementCharacters() {
    String text = reader.read(page("<meta charset=\"utf-8\">", TEXT + "<p>坏&#xD800;字&#55296;</p>")).text();
    assertTrue(text.contains("坏\uFFFD字\uFFFD"), text);
  }

  @Test
  void mojibakeIsNotPlausible() {
    String utf8AsLatin1 = new String("到2025年，全县孕产妇死亡率控制在12/10万以下".getBytes(StandardCharsets.UTF_8),
        StandardCharsets.ISO_8859_1);
    assertFalse(TextDecoder.plausible(utf8AsLatin1));
    assertTrue(TextDecoder.plausible("到2025年，全县孕产妇死亡率控制在12/10万以下"));
    assertFalse(TextDecoder.plausible("\uFFFD".repeat(50) + "文字"));
  }
}
