package org.planextract.model;

/**
 * The bounds a run applies to each document, recorded in the manifest. A document past a hard
 * limit (characters, paragraphs, table rows and cells, headings, clauses, JSON bytes) fails with
 * {@code LIMIT_EXCEEDED} naming the limit; past a soft limit (targets, warnings,
 * sentence length, xlsx cell) the excess is dropped with a warning or a marker. README "Limits"
 * lists which is which.
 */
public record RunLimits(
    long maxBytes,
    long timeLimitSeconds,
    int maxChars,
    int maxBlocks,
    int maxTableRows,
    int maxTableCells,
    int maxHtmlOpenTags,
    int maxHtmlElements,
    int maxSections,
    int maxClauses,
    int maxTargets,
    int maxWarnings,
    int maxSentenceChars,
    long maxJsonBytes,
    String workerHeap) {
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
  public static final long DEFAULT_TIME_LIMIT_SECONDS = 120;

  public RunLimits {
    if (maxBytes < 1 || timeLimitSeconds < 1 || maxChars < 1 || maxBlocks < 1 || maxTableRows < 1
        || maxTableCells < 1 || maxHtmlOpenTags < 1 || maxHtmlElements < 1 || maxSections < 1 || maxClauses < 1 || maxTargets < 1
        || maxWarnings < 1 || maxSentenceChars < 1 || maxJsonBytes < 1) {
      throw new IllegalArgumentException("every limit must be positive");
    }
  }

  /**
   * Clauses the target stage may weigh in one document: the largest corpus plan weighs 307 in 32 k
   * characters, so a real plan as long as max-chars allows (10 M) weighs 100–190 k.
   */
  public static final int DEFAULT_MAX_CLAUSES = 200_000;

  /** Defaults far above any real plan (the largest of the corpus: 60 k characters, 200 targets). */
  public static RunLimits defaults() {
    return new RunLimits(DEFAULT_MAX_BYTES, DEFAULT_TIME_LIMIT_SECONDS, 10_000_000, 200_000, 20_000, 500_000,
        1_000, 500_000, 10_000, DEFAULT_MAX_CLAUSES, 10_000, 200, 2_000, 256L * 1024 * 1024, "768m");
  }

  /** These limits with other values for the ones the command line sets. */
  public RunLimits with(int chars, int targets, long jsonBytes, String heap) {
    return new RunLimits(maxBytes, timeLimitSeconds, chars, maxBlocks, maxTableRows, maxTableCells, maxHtmlOpenTags,
        maxHtmlElements, maxSections, maxClauses, targets, maxWarnings, maxSentenceChars, jsonBytes, heap);
  }

  /** These limits with another input size and time limit (the two historic options). */
  public RunLimits with(long bytes, long seconds) {
    return new RunLimits(bytes, seconds, maxChars, maxBlocks, maxTableRows, maxTableCells, maxHtmlOpenTags,
        maxHtmlElements, maxSections, maxClauses, maxTargets, maxWarnings, maxSentenceChars, maxJsonBytes, workerHeap);
  }

  /** These limits with another clause count (tests; no option sets it). */
  public RunLimits withMaxClauses(int clauses) {
    return new RunLimits(maxBytes, timeLimitSeconds, maxChars, maxBlocks, maxTableRows, maxTableCells, maxHtmlOpenTags,
        maxHtmlElements, maxSections, clauses, maxTargets, maxWarnings, maxSentenceChars, maxJsonBytes, workerHeap);
  }
}
