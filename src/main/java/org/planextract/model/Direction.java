package org.planextract.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Direction of a change or of a qualitative value (提高 / 下降 / 保持). */
public enum Direction {
  INCREASE("increase"),
  DECREASE("decrease"),
  STABLE("stable");

  private final String wire;

  Direction(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }
}
