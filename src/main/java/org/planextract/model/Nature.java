package org.planextract.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** 指标属性: 预期性 = expected, 约束性 = binding. */
public enum Nature {
  EXPECTED("expected"),
  BINDING("binding");

  private final String wire;

  Nature(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }
}
