package org.planextract.read;

/**
 * What the source says about a paragraph's role beside its text: a docx heading style or an html
 * {@code <h1>}…{@code <h6>}. A hint only: the outline is decided from the text.
 */
public enum HeadingHint {
  NONE,
  TITLE,
  HEADING
}
