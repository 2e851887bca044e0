package org.planextract.read;

import java.nio.file.Path;
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
}
