package org.planextract.model;

import java.util.Objects;

/**
 * One input of a run: its path, docId, hash, status and, when it failed, the error code and reason;
 * {@code skipped} when an incremental run found it unchanged since it was last extracted;
 * {@code reason}, in an incremental run, why it was extracted again or skipped ("html.yaml
 * changed", "rule change cannot affect it: …", "new input"); {@code detail} the full stack trace
 * of an {@code INTERNAL} error (null otherwise), for bug reports.
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
    Integer warnings,
    String reason,
    String detail) {
  public ManifestInput {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(status, "status");
  }

  /** The entry without a reason or detail (a run that is not incremental, an outcome but INTERNAL). */
  public ManifestInput(String path, String docId, String sha256, InputStatus status, boolean skipped,
      String errorCode, String error, Integer sections, Integer boxes, Integer tables, Integer indicators,
      Integer targets, Integer warnings) {
    this(path, docId, sha256, status, skipped, errorCode, error, sections, boxes, tables, indicators, targets,
        warnings, null, null);
  }

  /** The same entry, saying why an incremental run extracted or skipped it. */
  public ManifestInput withReason(String why) {
    return new ManifestInput(path, docId, sha256, status, skipped, errorCode, error, sections, boxes, tables,
        indicators, targets, warnings, why, detail);
  }
}
