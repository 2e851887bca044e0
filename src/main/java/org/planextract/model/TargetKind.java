package org.planextract.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a stated number is a target (a year at or after the plan's start) or a fact (before it). */
public enum TargetKind {
  TARGET("target"),
  FACT("fact");

  private final String wire;

  TargetKind(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }
}
