package org.planextract.spark;

import java.math.BigDecimal;

/**
 * {@code _manifest.json} of a job's output folder (the leading underscore keeps Spark and Parquet
 * readers from taking it for data): counts, tool and Spark versions, the rules checksum, how the
 * work was split and how long it took: {@code seconds} of wall time, {@code documentSeconds} the
 * sum over documents of the time an executor spent reading and extracting each (the core-seconds
 * the extraction itself costs, for sizing a cluster; counted again for a retried task). Failures
 * are in {@code failures/}, one row each.
 */
public record JobManifest(
    String tool,
    String toolVersion,
    int schemaVersion,
    String sparkVersion,
    String rulesSource,
    String rulesSha256,
    String started,
    BigDecimal seconds,
    int partitions,
    int documents,
    int ok,
    int failed,
    long indicators,
    long targets,
    BigDecimal documentSeconds) {}
