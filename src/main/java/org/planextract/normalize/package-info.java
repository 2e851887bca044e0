/**
 * Normalization with offsets kept: {@link org.planextract.normalize.AlignedText} holds a cleaned
 * line (reader artifacts such as {@code [bookmark: _Toc…]} removed, edges trimmed) and a folded
 * copy for matching (full-width digits, letters and punctuation made half-width, one character for
 * one), and maps any position back to the original rendering, as OpenNLP's aligned text does.
 */
package org.planextract.normalize;
