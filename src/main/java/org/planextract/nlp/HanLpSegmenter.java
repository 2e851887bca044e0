package org.planextract.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * HanLP (portable 1.x) standard segmentation with offsets on, and the indicator names of one rule
 * set's dictionary as custom words (tag {@code nz}) so that an indicator stays one token. The words
 * go into a {@link DynamicCustomDictionary} of this segmenter only (HanLP's bundled custom
 * dictionary plus these words): nothing global is changed, so two rule sets in one JVM never see
 * each other's words. Segmentation itself is safe to call from several threads.
 */
public final class HanLpSegmenter implements Segmenter {
  private static final String INDICATOR_TAG = "nz 1024";

  private final Segment segment;

  public HanLpSegmenter(Collection<String> customWords) {
    DynamicCustomDictionary dictionary = new DynamicCustomDictionary(HanLP.Config.CustomDictionaryPath);
    for (String word : customWords) {
      if (!word.isBlank()) {
        dictionary.add(word, INDICATOR_TAG);
      }
    }
    this.segment = HanLP.newSegment().enableOffset(true).enableCustomDictionary(dictionary);
  }

  @Override
  public List<Term> segment(String sentence) {
    List<com.hankcs.hanlp.seg.common.Term> terms = segment.seg(sentence);
    List<Term> out = new ArrayList<>(terms.size());
    for (com.hankcs.hanlp.seg.common.Term t : terms) {
      out.add(new Term(t.word, t.nature == null ? "x" : t.nature.toString(), t.offset));
    }
    return out;
  }
}
