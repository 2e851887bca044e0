package org.planextract.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HanLP (portable 1.x) standard segmentation with offsets on, and the indicator names of the
 * canonical dictionary added as custom words (tag {@code nz}) so that an indicator stays one
 * token. HanLP's custom dictionary is global to the JVM: words are added once and never removed.
 * Segmentation itself is safe to call from several threads.
 */
public final class HanLpSegmenter implements Segmenter {
  private static final Set<String> ADDED = ConcurrentHashMap.newKeySet();
  private static final String INDICATOR_TAG = "nz 1024";

  private final Segment segment;

  public HanLpSegmenter(Collection<String> customWords) {
    for (String word : customWords) {
      if (!word.isBlank() && ADDED.add(word)) {
        CustomDictionary.add(word, INDICATOR_TAG);
      }
    }
    this.segment = HanLP.newSegment().enableOffset(true).enableCustomDictionary(true);
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
