package org.planextract.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a corpus run behaves: output folder, input size limit, worker threads, per-document time
 * limit, and whether unchanged inputs are skipped ({@code incremental}).
 */
public record RunOptions(Path outDir, long maxBytes, int threads, Duration timeLimit, boolean incremental) {
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(120);

  public RunOptions {
    Objects.requireNonNull(outDir, "outDir");
    if (threads < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("threads and maxBytes must be positive");
    }
  }

  public static RunOptions defaults(Path outDir) {
    return new RunOptions(outDir, DEFAULT_MAX_BYTES, Runtime.getRuntime().availableProcessors(),
        DEFAULT_TIME_LIMIT, false);
  }
}
