/**
 * Readers: .txt, .docx, .doc (Word 97, also .wps) and .html files, chosen by content signature
 * before extension, into one {@link org.planextract.read.SourceText}, a
 * plain-text rendering (the text {@code line}/{@code span} refer to) plus its blocks (paragraphs
 * and tables). Tables are rendered as in the corpus files: a cell per line starting with TAB, a
 * cell's further lines without TAB, rows separated by one blank line. POI and jsoup are used only
 * here.
 */
package org.planextract.read;
