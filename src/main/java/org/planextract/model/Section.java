package org.planextract.model;

import java.util.Objects;

/**
 * One heading of the chapter outline. {@code level} is the nesting depth (1 at the top) whatever
 * the numbering scheme; {@code number} is the numeral as written (一, 十二, 3); {@code title} has no
 * number and a heading wrapped over two lines is joined.
 */
public record Section(
    String id, String parentId, int level, String number, String title, int line, Span span) {
  public Section {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    if (level < 1) {
      throw new IllegalArgumentException("level must be >= 1: " + level);
    }
  }
}
