package org.planextract.read;

import java.util.Objects;

/** One line of the rendering: its text (without line break), 1-based line number and start offset. */
public record TextLine(String text, int line, int offset) {
  public TextLine {
    Objects.requireNonNull(text, "text");
    if (line < 1 || offset < 0) {
      throw new IllegalArgumentException("bad position line=" + line + " offset=" + offset);
    }
  }

  public int end() {
    return offset + text.length();
  }
}
