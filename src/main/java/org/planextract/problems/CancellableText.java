package org.planextract.problems;

/**
 * A string as a {@link CharSequence} that asks a {@link Cancellation} every few thousand character
 * reads: a regex that backtracks for minutes on a hostile line reads characters all that time, so
 * matching over this text stops within moments of the time limit.
 */
public final class CancellableText implements CharSequence {
  /** How many character reads pass between two checks. */
  public static final int CHECK_EVERY = 1 << 12;

  private final String text;
  private final Cancellation cancellation;
  /** Reads left before the next check. */
  private int budget = CHECK_EVERY;

  public CancellableText(String text, Cancellation cancellation) {
    this.text = text;
    this.cancellation = cancellation;
  }

  @Override
  public int length() {
    return text.length();
  }

  /** The character at {@code index} (String's own bounds check); every few thousand reads, the check. */
  @Override
  public char charAt(int index) {
    if (--budget < 0) {
      budget = CHECK_EVERY;
      cancellation.check("matching a pattern");
    }
    return text.charAt(index);
  }

  /** A copy of that part, checked the same way (regex asks for one only to return a group). */
  @Override
  public CharSequence subSequence(int start, int end) {
    return new CancellableText(text.substring(start, end), cancellation);
  }

  @Override
  public String toString() {
    return text;
  }
}
