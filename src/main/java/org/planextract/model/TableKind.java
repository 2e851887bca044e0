package org.planextract.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a table holds, decided from its header words (rules/tables.yaml). */
public enum TableKind {
  INDICATORS("indicators"),
  PROJECTS("projects"),
  OTHER("other");

  private final String wire;

  TableKind(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }
}
