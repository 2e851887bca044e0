package org.planextract.model;

import java.util.Objects;

/** One input of a run: its path, docId, hash, status and, when it failed, the error code and reason. */
public record ManifestInput(
    String path,
    String docId,
    String sha256,
    InputStatus status,
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
