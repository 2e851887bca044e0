package org.planextract.nlp;

import java.util.List;

/** Splits a sentence into words with part-of-speech tags and offsets. Implementations are thread-safe. */
public interface Segmenter {
  List<Term> segment(String sentence);
}
