package org.planextract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The custom words of one rule set stay with that rule set's segmenter. */
class HanLpSegmenterTest {
  private static final String WORD = "蓝湾社区健步达标率";

  private static List<String> words(Segmenter segmenter, String text) {
    return segmenter.segment(text).stream().map(Term::word).toList();
  }

  @Test
  void twoSegmentersInOneJvmDoNotSeeEachOthersWords() {
    Segmenter plain = new HanLpSegmenter(List.of("青山片区控烟覆盖率"));
    Segmenter withWord = new HanLpSegmenter(List.of(WORD));
    Segmenter laterPlain = new HanLpSegmenter(List.of());
    String text = "全区" + WORD + "达到80%";
    assertTrue(words(withWord, text).contains(WORD), () -> words(withWord, text).toString());
    assertFalse(words(plain, text).contains(WORD), () -> words(plain, text).toString());
    assertFalse(words(laterPlain, text).contains(WORD), () -> words(laterPlain, text).toString());
    assertTrue(words(plain, "青山片区控烟覆盖率提高").contains("青山片区控烟覆盖率"), () -> words(plain, "青山片区控烟覆盖率提高").toString());
    assertFalse(words(withWord, "青山片区控烟覆盖率提高").contains("青山片区控烟覆盖率"), () -> words(withWord, "青山片区控烟覆盖率提高").toString());
  }

  @Test
  void offsetsPointIntoTheSentence() {
    Segmenter segmenter = new HanLpSegmenter(List.of(WORD));
    String text = "到2025年，" + WORD + "达到80%";
    for (Term t : segmenter.segment(text)) {
      assertEquals(t.word(), text.substring(t.offset(), t.end()));
    }
  }
}
