package org.planextract.model;

import java.util.Objects;

/**
 * One document of a file that holds several: a 印发 notice, the plan, an attachment (附件2, a staff
 * list, a project table). Lines are 1-based and inclusive in the rendering; {@code title} is the
 * part's own title line, null when it has none. Sections, boxes, tables, indicators and targets of
 * the output come from the part whose role is {@code plan} only.
 */
public record DocumentPart(PartRole role, String title, int line, int endLine) {
  public DocumentPart {
    Objects.requireNonNull(role, "role");
    if (line < 1 || endLine < line) {
      throw new IllegalArgumentException("part lines " + line + ".." + endLine);
    }
  }
}
