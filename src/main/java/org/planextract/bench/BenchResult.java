package org.planextract.bench;

/**
 * One measured phase: documents and characters processed, wall seconds, the CPU seconds its tasks
 * used (summed over the worker threads: less sensitive than wall time to other load on a shared
 * machine), and peak heap in bytes.
 */
public record BenchResult(String phase, int documents, long characters, double seconds, double cpuSeconds,
    long peakHeapBytes) {
  public double documentsPerSecond() {
    return documents / seconds;
  }

  public double charactersPerSecond() {
    return characters / seconds;
  }

  /** Characters per CPU second of the tasks. */
  public double charactersPerCpuSecond() {
    return characters / cpuSeconds;
  }
}
