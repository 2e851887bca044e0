package org.planextract.run;

import org.planextract.model.Manifest;

/** What a run wrote: its manifest; {@link #allOk()} decides exit code 0 or 1. */
public record RunResult(Manifest manifest) {
  public boolean allOk() {
    return manifest.failed() == 0;
  }
}
