package org.planextract.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.planextract.model.RunLimits;

/**
 * How a corpus run behaves: output folder, worker count, the per-document limits, whether
 * unchanged inputs are skipped ({@code incremental}) and where documents run ({@link Isolation}).
 */
public record RunOptions(Path outDir, int threads, RunLimits limits, boolean incremental, Isolation isolation,
    WorkerLaunch launch) {
  public static final long DEFAULT_MAX_BYTES = RunLimits.DEFAULT_MAX_BYTES;

  /** Where documents are processed. */
  public enum Isolation {
    /** Worker threads of this JVM: fastest; an Error stays inside the document, a hang costs its thread. */
    THREADS,
    /** Child JVMs that the run kills and replaces on time-out, out-of-memory or crash. */
    PROCESSES
  }

  public RunOptions {
    Objects.requireNonNull(outDir, "outDir");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(isolation, "isolation");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be positive");
    }
    if (isolation == Isolation.PROCESSES) {
      Objects.requireNonNull(launch, "launch");
    }
  }

  /** In-process threads with default limits but the given input size and time limit. */
  public RunOptions(Path outDir, long maxBytes, int threads, Duration timeLimit, boolean incremental) {
    this(outDir, threads, RunLimits.defaults().with(maxBytes, Math.max(1, timeLimit.toSeconds())), incremental,
        Isolation.THREADS, null);
  }

  public Duration timeLimit() {
    return Duration.ofSeconds(limits.timeLimitSeconds());
  }

  public long maxBytes() {
    return limits.maxBytes();
  }
}
