/**
 * Writers of the run's output folder: one JSON per plan, corpus.jsonl, indicators.csv and
 * manifest.json. Every file is written to a temporary file beside its target and moved into place
 * atomically, so a reader never sees half a file. Numbers are written plain (no float noise);
 * nulls are written, not dropped.
 */
package org.planextract.write;
