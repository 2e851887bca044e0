package org.planextract;

import java.time.Duration;
import org.planextract.model.ErrorCode;
import org.planextract.problems.PlanExtractException;

/**
 * A per-document time limit, checked between stages and inside long loops: a document that runs
 * past it fails with {@code TIMEOUT} instead of holding up the run.
 */
public final class Deadline {
  private static final Deadline NONE = new Deadline(Long.MAX_VALUE);
  private final long endNanos;

  private Deadline(long endNanos) {
    this.endNanos = endNanos;
  }

  public static Deadline none() {
    return NONE;
  }

  public static Deadline after(Duration limit) {
    return new Deadline(System.nanoTime() + limit.toNanos());
  }

  /** Throws {@code TIMEOUT} when the time is up. */
  public void check(String stage) {
    if (this != NONE && System.nanoTime() - endNanos > 0) {
      throw new PlanExtractException(ErrorCode.TIMEOUT, "over the per-document time limit (during " + stage + ")");
    }
  }
}
