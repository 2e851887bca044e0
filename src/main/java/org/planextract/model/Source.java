package org.planextract.model;

import java.util.Objects;

/** Where a document came from: path as given, format, content hash and the charset it was decoded with. */
public record Source(String path, Format format, String sha256, String encoding) {
  public Source {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sha256, "sha256");
  }
}
