package org.planextract.run;

/**
 * The output folder cannot be written (full disk, read-only, locked by another run): a failure of
 * the run, not of any input. Thrown once; the run stops writing and the CLI exits with its own code.
 */
public final class OutputUnwritableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutputUnwritableException(String message) {
    super(message);
  }

  public OutputUnwritableException(String message, Throwable cause) {
    super(message, cause);
  }
}
