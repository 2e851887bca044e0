package org.planextract.extract;

import org.planextract.model.ErrorCode;
import org.planextract.problems.Cancellation;
import org.planextract.problems.PlanExtractException;

/**
 * How many pieces of running text one document's target stage may weigh ({@code max-clauses}):
 * each clause of a searched sentence and each sentence not searched counts one, as each gets its
 * verdict. Past the bound the document fails with {@code LIMIT_EXCEEDED} at once, before the
 * verdicts of a hostile line of 10^5 clauses fill the heap. Each clause also asks the time limit:
 * a line of short clauses is one passage, and a short clause's regex match never reads enough
 * characters to ask it.
 */
final class ClauseBudget {
  private final int max;
  private final Cancellation cancellation;
  private long used;

  ClauseBudget(int max, Cancellation cancellation) {
    if (max < 1) {
      throw new IllegalArgumentException("max-clauses must be positive");
    }
    this.max = max;
    this.cancellation = cancellation;
  }

  /** No bound and no time limit (rule examples). */
  static ClauseBudget unbounded() {
    return new ClauseBudget(Integer.MAX_VALUE, Cancellation.NONE);
  }

  /** Counts one more clause; throws {@code LIMIT_EXCEEDED} past the bound, {@code TIMEOUT} past the time limit. */
  void spend() {
    cancellation.check("targets");
    if (++used > max) {
      throw new PlanExtractException(ErrorCode.LIMIT_EXCEEDED,
          "more than " + max + " clauses of running text, over max-clauses " + max);
    }
  }
}
