package org.planextract.run;

import org.planextract.model.Manifest;

/**
 * What a run wrote: its manifest; {@link #allOk()} decides exit code 0 or 1. {@code outputFailure}
 * is the one-line reason when the output folder failed ({@code OUTPUT_UNWRITABLE}); the run stopped
 * writing then, and the manifest may be missing from the folder.
 */
public record RunResult(Manifest manifest, String outputFailure) {
  public RunResult(Manifest manifest) {
    this(manifest, null);
  }

  public boolean allOk() {
    return manifest.failed() == 0 && outputFailure == null;
  }
}
