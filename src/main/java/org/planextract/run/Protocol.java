package org.planextract.run;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.planextract.model.RunLimits;
import org.planextract.write.JsonOutput;

/**
 * The messages between the supervisor and a child worker, one JSON line each, and the mapper both
 * sides use (and the run uses to read plans back for the aggregates): its read constraints are
 * raised to what the run itself can write (a 1,001-digit number in a cell is legal output).
 */
final class Protocol {
  private Protocol() {}

  /** The first line to a worker: where to write and under which limits. */
  record Config(String outDir, RunLimits limits) {}

  /** A request: one document. */
  record Request(String path, String docId) {}

  /** A worker's answer when the output folder failed under it. */
  record OutputFailure(String outputUnwritable) {}

  static ObjectMapper mapper() {
    ObjectMapper m = new JsonOutput().mapper().copy()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNumberLength(1_000_000).maxStringLength(Integer.MAX_VALUE).maxNestingDepth(2_000).build());
    return m;
  }
}
