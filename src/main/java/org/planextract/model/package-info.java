/**
 * The output records: the public JSON contract of {@code spec/output-contract.md}, one record per
 * object, component names equal to JSON names. Depends on nothing else in the project.
 *
 * <p>Glossary: 专栏 = {@link org.planextract.model.Box}; 指标 = {@link
 * org.planextract.model.Indicator}; 预期性/约束性 = {@code expected}/{@code binding} ({@link
 * org.planextract.model.Nature}); 征求意见稿 = {@code draft} ({@link
 * org.planextract.model.Status}); 章/节/（一） headings = {@link org.planextract.model.Section}.
 */
package org.planextract.model;
