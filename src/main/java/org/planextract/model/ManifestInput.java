package org.planextract.model;

import java.util.Objects;

/**
 * One input of a run: its path, docId, hash, status and, when it failed, the error code and reason;
 * {@code skipped} when an incremental run found it unchanged since it was last extracted.
 */
public record ManifestInput(
    String path,
    String docId,
    String sha256,
    InputStatus status,
    boolean skipped,
    String errorCode,
    String error,
    Integer sections,
    Integer boxes,
    Integer tables,
    Integer indicators,
    Integer targets,
    Integer warnings) {
  public ManifestInput {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(status, "status");
  }
}
