package org.planextract.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Comparator of a level value; {@code ~} stands for 左右/约. */
public enum Op {
  EQ("="),
  GE(">="),
  LE("<="),
  GT(">"),
  LT("<"),
  APPROX("~");

  private final String wire;

  Op(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }
}
