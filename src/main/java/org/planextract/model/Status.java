package org.planextract.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Publication status: {@code draft} for a 征求意见稿, else {@code final}. */
public enum Status {
  FINAL("final"),
  DRAFT("draft");

  private final String wire;

  Status(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }
}
