package org.planextract.model;

import java.math.BigDecimal;
import java.util.List;

/** What a run did: tool version, rules checksum, every input with its outcome, counts and wall time,
 * and the limits and isolation mode the run applied (so an outcome can be explained later). */
public record Manifest(
    String tool,
    String toolVersion,
    int schemaVersion,
    String rulesSha256,
    String startedAt,
    BigDecimal seconds,
    int documents,
    int ok,
    int failed,
    List<ManifestInput> inputs,
    RunLimits limits,
    String isolation) {
  public Manifest {
    inputs = List.copyOf(inputs);
  }
}
