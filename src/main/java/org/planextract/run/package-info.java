/**
 * Corpus runs: collecting inputs, the worker pool and its per-document catch boundary, the
 * incremental journal, limits and progress events, and rebuilding the aggregates from the per-plan
 * files. The per-document work itself is {@link org.planextract.PlanExtractor}.
 */
package org.planextract.run;
