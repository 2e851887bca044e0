package org.planextract.problems;

import java.util.Objects;
import org.planextract.model.ErrorCode;

/**
 * The one exception type of the pipeline: an {@link ErrorCode} plus a one-line reason that names
 * what failed. Caught only at the per-document boundary, where it becomes a manifest entry.
 */
public final class PlanExtractException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ErrorCode code;

  public PlanExtractException(ErrorCode code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  public PlanExtractException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  public ErrorCode code() {
    return code;
  }
}
