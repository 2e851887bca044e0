package org.planextract.read;

/** A unit of the document body in reading order: a paragraph or a table (or text box). */
public sealed interface Block permits Paragraph, TableBlock {
  /** 1-based line in the rendering where the block starts. */
  int line();
}
