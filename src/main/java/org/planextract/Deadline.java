package org.planextract;

import java.time.Duration;
import org.planextract.model.ErrorCode;
import org.planextract.problems.Cancellation;
import org.planextract.problems.PlanExtractException;

/**
 * A per-document time limit, checked between stages, inside long loops and during regex matching
 * (through {@link org.planextract.problems.CancellableText}): a document that runs
 * past it fails with {@code TIMEOUT} instead of holding up the run.
 */
public final class Deadline implements Cancellation {
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
  @Override
  public void check(String stage) {
    if (this != NONE && System.nanoTime() - endNanos > 0) {
      throw new PlanExtractException(ErrorCode.TIMEOUT, "over the per-document time limit (during " + stage + ")");
    }
  }
}
