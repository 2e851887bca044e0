package org.planextract.nlp;

import com.hankcs.hanlp.HanLP;

/**
 * The reference of {@code bench --first-plan}: the smallest useful Java program on HanLP, which
 * loads it and segments one sentence with standard segmentation. Its wall time, JVM start included,
 * is what one plan's {@code extract} is compared with. Prints nothing.
 */
public final class SegmentOneSentence {
  private SegmentOneSentence() {}

  public static void main(String[] args) {
    if (HanLP.newSegment().seg("到2025年，全市人均预期寿命达到78岁以上").isEmpty()) {
      throw new IllegalStateException("HanLP segmented nothing");
    }
  }
}
