package org.planextract.structure;

import org.planextract.model.Section;

/**
 * An accepted heading: its section, the unit indexes it covers (two when a wrapped title was
 * joined) and, for a run-in heading (7.深化爱国卫生运动。充分发挥…), where its body text starts in
 * the clean text of its unit (the unit's length when it has none).
 */
public record Heading(Section section, int unitIndex, int lastUnitIndex, int bodyStart) {}
