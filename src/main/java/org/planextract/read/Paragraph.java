package org.planextract.read;

import java.util.Objects;

/** A body paragraph: exactly one line of the rendering. */
public record Paragraph(TextLine text, HeadingHint hint) implements Block {
  public Paragraph {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(hint, "hint");
  }

  @Override
  public int line() {
    return text.line();
  }
}
