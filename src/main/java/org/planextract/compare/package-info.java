/**
 * Comparison across plans and within one: pure functions over {@link
 * org.planextract.model.PlanDocument} records. {@link org.planextract.compare.Reconciler} links a
 * plan's running-text targets to the indicator rows they restate; {@link
 * org.planextract.compare.CompareEntries} turns a plan into one comparable entry per canonical
 * indicator, with values in the indicator's dictionary unit where {@code rules/values.yaml} says how
 * to convert; {@link org.planextract.compare.IndicatorGroups} gathers the entries of many plans per
 * indicator and unit for the comparison page. Writing files is the write package's job.
 */
package org.planextract.compare;
