package org.planextract.structure;

import java.util.List;
import java.util.Optional;
import org.planextract.model.Section;

/** The detected headings in document order, with look-ups by unit position. */
public record Outline(List<Heading> headings) {
  public Outline {
    headings = List.copyOf(headings);
  }

  public List<Section> sections() {
    return headings.stream().map(Heading::section).toList();
  }

  /** The innermost section open at a unit (the last heading before or at it), if any. */
  public Optional<Section> sectionAt(int unitIndex) {
    Section found = null;
    for (Heading h : headings) {
      if (h.unitIndex() > unitIndex) {
        break;
      }
      found = h.section();
    }
    return Optional.ofNullable(found);
  }

  /** The heading that starts at a unit, if any. */
  public Optional<Heading> headingAt(int unitIndex) {
    return headings.stream().filter(h -> h.unitIndex() == unitIndex).findFirst();
  }

  /** Whether the unit is (part of) a heading. */
  public boolean isHeading(int unitIndex) {
    for (Heading h : headings) {
      if (unitIndex >= h.unitIndex() && unitIndex <= h.lastUnitIndex()) {
        return true;
      }
    }
    return false;
  }
}
