package org.planextract.read;

import java.nio.file.Path;
import org.planextract.Deadline;
import org.planextract.model.Format;
import org.planextract.problems.PlanExtractException;

/**
 * Reads one file format into a {@link SourceText} (Tika's two-method parser port). Input is
 * hostile: a reader never trusts the extension, bounds its loops and reports every failure as a
 * {@link PlanExtractException} whose message names the reason, never as a bare runtime error.
 */
public interface DocumentReader {
  /** The format this reader produces. */
  Format format();

  /** Whether the file name says this format (by extension, case-insensitive). */
  boolean supports(Path path);

  /** Reads the file's bytes (already loaded and size-checked by the caller). */
  SourceText read(byte[] bytes) throws PlanExtractException;

  /**
   * Reads as {@link #read(byte[])}, checking {@code deadline} where a reader has long loops (pages of
   * a PDF); the default reads at once.
   */
  default SourceText read(byte[] bytes, Deadline deadline) throws PlanExtractException {
    return read(bytes);
  }
}
