package org.planextract.run;

import org.planextract.model.ManifestInput;

/** Told about each input as it finishes, for progress and error lines (the CLI prints them). */
@FunctionalInterface
public interface RunListener {
  void inputDone(ManifestInput entry, int done, int total);
}
