package org.planextract.variants;

import java.util.Random;

/**
 * One convention of Chinese government documents that a variant is rewritten into: an id (shown
 * in the score table), its family (numbering, documents, tables, values, boxes, targets, period)
 * and the rewrite, which changes text and labels together and says false when the plan has nothing
 * it applies to.
 */
record Convention(String id, String family, String description, Rewrite rewrite) {

  /** Rewrites a plan in place; false when not applicable. */
  @FunctionalInterface
  interface Rewrite {
    boolean apply(PlanText plan, Random random);
  }
}
