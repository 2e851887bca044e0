package org.planextract.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The shape of a value cell or phrase. */
public enum ValueKind {
  LEVEL("level"),
  RANGE("range"),
  CHANGE("change"),
  ANNUAL_CHANGE("annualChange"),
  QUALITATIVE("qualitative"),
  MISSING("missing");

  private final String wire;

  ValueKind(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }
}
