package org.planextract.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a part of a file is: the cover notice (印发通知, 征求意见函), the plan itself, or an attachment after it. */
public enum PartRole {
  NOTICE("notice"),
  PLAN("plan"),
  ATTACHMENT("attachment");

  private final String wire;

  PartRole(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }
}
