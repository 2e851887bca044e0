/**
 * The annotator's loop: {@link org.planextract.review.Explainer} says, for one line or indicator,
 * which stage and rule produced or rejected what; {@link org.planextract.review.ReviewReport}
 * writes a self-contained HTML page per plan with the extractions highlighted on the text and,
 * given fixtures, the misses, extras and wrong fields marked.
 */
package org.planextract.review;
