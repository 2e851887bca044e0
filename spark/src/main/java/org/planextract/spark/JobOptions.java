package org.planextract.spark;

import java.util.List;

/**
 * What a job reads and writes: input paths or globs (local, hdfs://, s3a://), the output folder
 * (any Hadoop file system), the number of partitions (0: four per core of the cluster) and the
 * per-document limits.
 */
public record JobOptions(List<String> inputs, String outDir, int partitions, Limits limits) {
  public JobOptions {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input");
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must not be negative");
    }
  }
}
