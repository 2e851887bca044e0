package org.planextract.rules;

import java.util.List;
import org.planextract.extract.IndicatorDictionary;
import org.planextract.extract.IndicatorTableRules;
import org.planextract.extract.TargetRules;
import org.planextract.extract.ValueRules;
import org.planextract.nlp.Segmenter;
import org.planextract.read.HtmlRules;
import org.planextract.structure.BoxRules;
import org.planextract.structure.Gazetteer;
import org.planextract.structure.HeadingRules;
import org.planextract.structure.MetadataRules;
import org.planextract.structure.TableRules;

/**
 * All compiled rules of a run: immutable and safe to share between threads. {@code source} is the
 * rules folder (or the jar) they were read from, so a run can fingerprint the files per file;
 * {@code sha256} is the
 * checksum of the rule files (recorded in the manifest); {@code examples} are the self-tests the
 * files carry, already checked at load; {@code segmenter} knows this rule set's indicator names as
 * words, and only this rule set's.
 */
public record RuleSet(
    String source,
    String sha256,
    HeadingRules heading,
    BoxRules boxes,
    TableRules tables,
    MetadataRules metadata,
    HtmlRules html,
    Gazetteer gazetteer,
    ValueRules values,
    IndicatorTableRules indicatorTables,
    IndicatorDictionary dictionary,
    TargetRules targets,
    Segmenter segmenter,
    List<RuleExample> examples) {
  public RuleSet {
    examples = List.copyOf(examples);
  }
}
