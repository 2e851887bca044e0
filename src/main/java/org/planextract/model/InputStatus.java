package org.planextract.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Outcome of one input in a run. */
public enum InputStatus {
  OK("ok"),
  FAILED("failed");

  private final String wire;

  InputStatus(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }
}
