package org.planextract.read;

/**
 * A line of text on a PDF page: its text (spacing already decided), left and right edge, baseline,
 * dominant font size, and the 1-based page it is on.
 */
record PdfLine(String text, float x0, float x1, float baseline, float size, int page) {}
