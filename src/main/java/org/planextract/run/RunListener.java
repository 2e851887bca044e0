package org.planextract.run;

import org.planextract.model.ManifestInput;

/** Told about each input as it finishes, for progress and error lines (the CLI prints them). */
@FunctionalInterface
public interface RunListener {
  void inputDone(ManifestInput entry, int done, int total);

  /** A problem of the run, not of a document (an unreadable journal line, a replaced symlink). */
  default void warning(String message) {
  }
}
