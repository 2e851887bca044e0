package org.planextract.nlp;

import java.util.Objects;

/** A segmented word with its part-of-speech tag (HanLP/ICTCLAS tag set) and its offset in the input. */
public record Term(String word, String pos, int offset) {
  public Term {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(pos, "pos");
  }

  public int end() {
    return offset + word.length();
  }
}
