package org.planextract.run;

import org.planextract.model.ManifestInput;

/** Told about each input as it finishes, for progress and error lines (the CLI prints them). */
@FunctionalInterface
public interface RunListener {
  void inputDone(ManifestInput entry, int done, int total);

  /** The run started on {@code total} inputs (before the first is done). */
  default void started(int total) {}

  /** The run entered a phase after the documents, such as "writing corpus files". */
  default void phase(String name) {}

  /** A problem of the run, not of a document (an unreadable journal line, a replaced symlink). */
  default void warning(String message) {
  }
}
