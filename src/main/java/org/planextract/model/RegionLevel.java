package org.planextract.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Administrative level of the issuing region: 省 / 地级市 / 县级. */
public enum RegionLevel {
  PROVINCE("province"),
  CITY("city"),
  COUNTY("county");

  private final String wire;

  RegionLevel(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }
}
