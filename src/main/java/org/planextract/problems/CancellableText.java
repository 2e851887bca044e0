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
  private final int offset;
  private final int length;
  private final Cancellation cancellation;
  private int reads;

  public CancellableText(String text, Cancellation cancellation) {
    this(text, 0, text.length(), cancellation);
  }

  private CancellableText(String text, int offset, int length, Cancellation cancellation) {
    this.text = text;
    this.offset = offset;
    this.length = length;
    this.cancellation = cancellation;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (++reads >= CHECK_EVERY) {
      reads = 0;
      cancellation.check("matching a pattern");
    }
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException(index);
    }
    return text.charAt(offset + index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    if (start < 0 || end > length || start > end) {
      throw new IndexOutOfBoundsException("[" + start + ", " + end + ") of " + length);
    }
    return new CancellableText(text, offset + start, end - start, cancellation);
  }

  @Override
  public String toString() {
    return text.substring(offset, offset + length);
  }
}
