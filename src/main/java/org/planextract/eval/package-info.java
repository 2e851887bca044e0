/**
 * Scoring against hand-labelled fixtures: per document and per field, precision, recall and F1
 * (GROBID's LabelStat idea, immutable), with the list of misses and extras and their lines so a
 * mismatch can be acted on. Sections match on level + number + title, boxes on number + title,
 * indicators on name.
 */
package org.planextract.eval;
