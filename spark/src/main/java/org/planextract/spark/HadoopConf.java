package org.planextract.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration (fs.defaultFS, s3a credentials and endpoints set with
 * {@code spark.hadoop.*}) as a serializable copy, broadcast so executors open input files exactly
 * as the driver listed them.
 */
record HadoopConf(Map<String, String> entries) implements Serializable {
  private static final long serialVersionUID = 1L;

  static HadoopConf of(Configuration conf) {
    Map<String, String> copy = new TreeMap<>();
    for (Map.Entry<String, String> e : conf) {
      copy.put(e.getKey(), e.getValue());
    }
    return new HadoopConf(copy);
  }

  Configuration toConfiguration() {
    Configuration conf = new Configuration(false);
    entries.forEach(conf::set);
    return conf;
  }
}
