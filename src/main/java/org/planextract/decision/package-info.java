/**
 * Decisions are data: every candidate a stage weighs (heading line, 专栏 label, table, indicator
 * row, clause) gets an accept/reject {@link org.planextract.decision.Decision} with the rule and the
 * reason. The output is made of the accepted ones and {@code explain} reads them all.
 */
package org.planextract.decision;
