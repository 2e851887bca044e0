package org.planextract.model;

import java.util.List;
import java.util.Objects;

/** A 专栏 box: {@code number} as an integer (专栏三 → 3), its label, title, items and section. */
public record Box(
    String id,
    int number,
    String label,
    String title,
    String sectionId,
    List<BoxItem> items,
    int line,
    Span span) {
  public Box {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    items = List.copyOf(items);
  }
}
