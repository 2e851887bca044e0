/**
 * The facade: {@link org.planextract.PlanExtractor} turns one file into a {@link
 * org.planextract.model.PlanDocument} by wiring the stages (read → normalize → structure →
 * extract); {@link org.planextract.run.CorpusRun} runs it over many inputs with the one catch boundary
 * that turns a failed document into a manifest entry.
 */
package org.planextract;
