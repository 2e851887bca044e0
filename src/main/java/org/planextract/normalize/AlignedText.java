package org.planextract.normalize;

import java.util.Objects;
import org.planextract.model.Span;

/**
 * A cleaned line of the rendering plus, for every position in it, the position in the rendering.
 * {@link #clean()} is what output shows (titles, names); {@link #folded()} has the same length and
 * is what patterns match against.
 */
public final class AlignedText {
  private final String clean;
  private final String folded;
  private final int[] toRendering;
  private final int line;

  AlignedText(String clean, String folded, int[] toRendering, int line) {
    if (clean.length() != folded.length() || toRendering.length != clean.length() + 1) {
      throw new IllegalArgumentException("misaligned text");
    }
    this.clean = clean;
    this.folded = folded;
    this.toRendering = toRendering;
    this.line = line;
  }

  public String clean() {
    return clean;
  }

  public String folded() {
    return folded;
  }

  public int line() {
    return line;
  }

  public int length() {
    return clean.length();
  }

  /** The rendering offset of position {@code index} (0 ≤ index ≤ length). */
  public int renderingOffset(int index) {
    Objects.checkIndex(index, toRendering.length);
    return toRendering[index];
  }

  /** The rendering span of {@code [start, end)} in this text. */
  public Span renderingSpan(int start, int end) {
    if (start == end) {
      return new Span(toRendering[start], toRendering[start]);
    }
    return new Span(toRendering[start], toRendering[end - 1] + 1);
  }

  @Override
  public String toString() {
    return clean;
  }
}
