package org.planextract.model;

import java.util.Objects;

/** A problem noticed in a document that did not stop its extraction; {@code line} may be null. */
public record Warning(WarningCode code, String message, Integer line) {
  public Warning {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
