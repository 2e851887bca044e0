package org.planextract.structure;

import org.planextract.model.Section;

/** An accepted heading: its section and the unit indexes it covers (two when a wrapped title was joined). */
public record Heading(Section section, int unitIndex, int lastUnitIndex) {}
