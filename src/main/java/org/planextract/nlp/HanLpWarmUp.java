package org.planextract.nlp;

import com.hankcs.hanlp.HanLP;

/**
 * Loads HanLP's core dictionaries (the work of its first segmentation) ahead of need, so a run can
 * do it on another thread while it reads its rules. Changes nothing a segmenter sees: HanLP loads
 * these once per JVM whoever asks first, and no custom dictionary is touched.
 */
public final class HanLpWarmUp implements Runnable {
  @Override
  public void run() {
    HanLP.newSegment().enableCustomDictionary(false).seg("到2025年，全市人均预期寿命达到78岁以上");
  }
}
