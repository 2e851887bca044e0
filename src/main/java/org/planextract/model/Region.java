package org.planextract.model;

/** The issuing region, from the gazetteer in {@code rules/regions.yaml}; fields null when unknown. */
public record Region(String name, String province, RegionLevel level) {
  public static Region unknown() {
    return new Region(null, null, null);
  }
}
