package org.planextract.problems;

/**
 * Asked by long loops and regex matching whether the document's time is up; {@link #check} throws
 * {@code TIMEOUT} when it is. Implemented by {@code org.planextract.Deadline}.
 */
public interface Cancellation {
  /** Throws a {@link PlanExtractException} with code TIMEOUT when the time is up; {@code stage} names where. */
  void check(String stage);

  /** Never cancelled (rule examples, tests). */
  Cancellation NONE = stage -> {};
}
