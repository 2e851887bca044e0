package org.planextract.structure;

import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;

/**
 * Which numbering schemes can match at the start of a line, told by its first character alone: a
 * scheme is tried on a line only when its pattern, run on that one character, matches or runs out
 * of input (it needs what follows). A pattern that fails on the first character fails on every line
 * starting with it, so skipping it changes no match. The answer for a character is worked out the
 * first time a line starts with it and kept (one slot per UTF-16 unit, shared by the threads of a
 * run: each slot is computed from the rules alone, so whichever thread fills it fills it alike).
 */
final class SchemeStarts {
  /** Bit 63 of a slot: worked out. Bits 0–62: the schemes that may match. */
  private static final long KNOWN = 1L << 63;
  private static final int MAX_SCHEMES = 63;

  private final List<NumberingScheme> schemes;
  private final AtomicLongArray slots;
  private final long all;

  SchemeStarts(List<NumberingScheme> schemes) {
    this.schemes = List.copyOf(schemes);
    this.all = this.schemes.size() >= MAX_SCHEMES ? -1L : (1L << this.schemes.size()) - 1;
    this.slots = this.schemes.size() > MAX_SCHEMES ? null : new AtomicLongArray(Character.MAX_VALUE + 1);
  }

  /** The schemes (bit i for scheme i) that may match a line whose folded text is {@code folded}. */
  long candidates(String folded) {
    if (slots == null || folded.isEmpty()) {
      return all;
    }
    char c = folded.charAt(0);
    long slot = slots.get(c);
    if (slot == 0) {
      slot = KNOWN | mayStartWith(c);
      slots.set(c, slot);
    }
    return slot & ~KNOWN;
  }

  /** Whether scheme {@code index} is among {@code candidates}. */
  static boolean includes(long candidates, int index) {
    return index >= MAX_SCHEMES || (candidates & (1L << index)) != 0;
  }

  private long mayStartWith(char c) {
    if (Character.isSurrogate(c)) {
      return all; // half a code point says nothing about the pattern's first code point
    }
    String one = String.valueOf(c);
    long mask = 0;
    for (int i = 0; i < schemes.size(); i++) {
      Matcher m = schemes.get(i).pattern().matcher(one);
      if (m.lookingAt() || m.hitEnd()) {
        mask |= 1L << i;
      }
    }
    return mask;
  }
}
