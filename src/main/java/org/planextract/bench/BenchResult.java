package org.planextract.bench;

/** One measured phase: documents and characters processed, wall seconds, peak heap in bytes. */
public record BenchResult(String phase, int documents, long characters, double seconds, long peakHeapBytes) {
  public double documentsPerSecond() {
    return documents / seconds;
  }

  public double charactersPerSecond() {
    return characters / seconds;
  }
}
