/**
 * What can go wrong while a document is processed: {@link org.planextract.problems.Diagnostics}, the
 * capped sink that stages write warnings to (it becomes {@code warnings[]}), and
 * {@link org.planextract.problems.PlanExtractException}, the one exception type, carrying an
 * {@link org.planextract.model.ErrorCode} for the manifest. Kept out of {@code model}, which holds
 * only the immutable output records.
 */
package org.planextract.problems;
