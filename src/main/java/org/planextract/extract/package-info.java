/**
 * Extraction: indicator rows from the main indicator table ({@link
 * org.planextract.extract.IndicatorTableExtractor}), the value grammar of their cells ({@link
 * org.planextract.extract.ValueParser}), units ({@link org.planextract.extract.Units}) and the
 * canonical indicator dictionary ({@link org.planextract.extract.IndicatorDictionary}). Every
 * word list and pattern comes from rules/values.yaml, rules/indicators.yaml and rules/tables.yaml.
 */
package org.planextract.extract;
