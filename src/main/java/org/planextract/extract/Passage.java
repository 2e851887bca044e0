package org.planextract.extract;

import org.planextract.model.Section;
import org.planextract.normalize.AlignedText;

/**
 * A piece of running text the target stage reads: a paragraph (from the body start of a run-in
 * heading on), a 专栏 line or a table cell line, with the section it stands in.
 *
 * @param text the normalized line
 * @param from where reading starts in it (after a run-in heading's title; 0 otherwise)
 * @param section the innermost open section, null before the first heading
 */
public record Passage(AlignedText text, int from, Section section) {}
