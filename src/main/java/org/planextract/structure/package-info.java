/**
 * Structure: the chapter outline ({@link org.planextract.structure.OutlineDetector}), 专栏 boxes
 * ({@link org.planextract.structure.RegionDetector} finds them, {@link org.planextract.structure.BoxReader} reads them) and tables ({@link
 * org.planextract.structure.TableBuilder}) recovered from a document's units, whatever its
 * numbering habits. All patterns come from rules/structure.yaml and rules/tables.yaml.
 */
package org.planextract.structure;
