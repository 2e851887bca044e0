package org.planextract.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Administrative level of the issuing region: 省 / 地级市 / 县级, or national (国务院, a ministry). */
public enum RegionLevel {
  PROVINCE("province"),
  CITY("city"),
  COUNTY("county"),
  /** A plan of the central government or a ministry: no region name, no province. */
  NATIONAL("national");

  private final String wire;

  RegionLevel(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }
}
