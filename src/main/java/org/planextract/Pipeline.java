package org.planextract;

import java.util.List;
import org.planextract.compare.Reconciler;
import org.planextract.decision.Decisions;
import org.planextract.extract.IndicatorTableExtractor;
import org.planextract.extract.Passage;
import org.planextract.extract.TargetPassages;
import org.planextract.extract.TargetSentenceExtractor;
import org.planextract.extract.ValueParser;
import org.planextract.model.Box;
import org.planextract.model.Indicator;
import org.planextract.model.PlanDocument;
import org.planextract.model.Reconciliation;
import org.planextract.model.RunLimits;
import org.planextract.model.Source;
import org.planextract.model.Table;
import org.planextract.model.Target;
import org.planextract.normalize.TextNormalizer;
import org.planextract.problems.Cancellation;
import org.planextract.problems.Diagnostics;
import org.planextract.read.SourceText;
import org.planextract.rules.RuleSet;
import org.planextract.structure.BoxReader;
import org.planextract.structure.DocumentParts;
import org.planextract.structure.HeadingCandidates;
import org.planextract.structure.Metadata;
import org.planextract.structure.MetadataDetector;
import org.planextract.structure.Outline;
import org.planextract.structure.OutlineDetector;
import org.planextract.structure.RegionDetector;
import org.planextract.structure.TableBuilder;
import org.planextract.structure.Unit;

/**
 * The stages of one document, in order, each a typed function of what the earlier ones made. The
 * text is normalized once; every stage appends its warnings to one {@link Diagnostics} and its
 * verdicts to one {@link Decisions}; the time limit is asked between stages and inside the long ones,
 * the clause bound of {@link RunLimits} where clauses are made.
 */
final class Pipeline {
  private final TextNormalizer normalizer = new TextNormalizer();
  private final MetadataDetector metadataDetector;
  private final DocumentParts documentParts;
  private final RegionDetector regionDetector;
  private final OutlineDetector outlineDetector;
  private final BoxReader boxReader;
  private final TableBuilder tableBuilder;
  private final IndicatorTableExtractor indicatorExtractor;
  private final TargetPassages targetPassages = new TargetPassages();
  private final TargetSentenceExtractor targetExtractor;
  private final Reconciler reconciler;

  Pipeline(RuleSet rules) {
    ValueParser values = new ValueParser(rules.values());
    this.metadataDetector = new MetadataDetector(rules.gazetteer(), rules.metadata());
    this.documentParts = new DocumentParts(rules.metadata());
    HeadingCandidates headingCandidates = new HeadingCandidates(rules.heading());
    this.regionDetector = new RegionDetector(rules.boxes(), headingCandidates);
    this.outlineDetector = new OutlineDetector(rules.heading(), headingCandidates);
    this.boxReader = new BoxReader(rules.boxes(), rules.heading().schemes(), rules.heading().titleTerminators());
    this.tableBuilder = new TableBuilder(rules.tables());
    this.indicatorExtractor = new IndicatorTableExtractor(rules.indicatorTables(), values, rules.values().units(),
        rules.dictionary());
    this.targetExtractor = new TargetSentenceExtractor(rules.targets(), values, rules.dictionary(), rules.segmenter());
    this.reconciler = new Reconciler(rules.dictionary());
  }

  PlanExtractor.Analysis run(SourceText text, Source source, String docId, Cancellation deadline, RunLimits limits) {
    Diagnostics diagnostics = new Diagnostics();
    Decisions decisions = new Decisions();
    List<Unit> all = Unit.of(text, normalizer);
    Metadata metadata = metadataDetector.detect(all);
    // A notice before the plan and attachments after it are not plan text.
    DocumentParts.Result parts = documentParts.split(all);
    List<Unit> plan = all.subList(parts.planStart(), parts.planEnd());
    // A cascade: 专栏 regions first, then the outline from what is left, then boxes and tables.
    List<Unit> units = regionDetector.group(plan, decisions);
    Outline outline = outlineDetector.detect(units, diagnostics, decisions);
    List<Box> boxes = boxReader.read(units, outline, diagnostics, decisions);
    List<TableBuilder.Built> built = tableBuilder.build(units, outline, decisions);
    deadline.check("structure");
    List<Indicator> indicators = indicatorExtractor.extract(built, metadata.period(), diagnostics, decisions);
    deadline.check("indicators");
    List<Passage> passages = targetPassages.of(units, outline, built);
    List<Target> targets = targetExtractor.extract(passages, outline, metadata.period(), diagnostics, decisions,
        deadline, limits.maxClauses());
    deadline.check("targets");
    Reconciliation reconciliation = reconciler.reconcile(indicators, targets, metadata.period());
    reconciler.report(reconciliation, diagnostics);
    List<Table> tables = built.stream().map(TableBuilder.Built::table).toList();
    PlanDocument document = new PlanDocument(PlanDocument.SCHEMA_VERSION, docId, source, metadata.title(),
        metadata.region(), metadata.period(), metadata.status(), parts.parts(), outline.sections(), boxes,
        tables, indicators, targets, diagnostics.warnings(), reconciliation);
    return new PlanExtractor.Analysis(text, plan, boxes, built, decisions.list(), document);
  }
}
