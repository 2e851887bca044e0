package org.planextract;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.planextract.extract.IndicatorTableExtractor;
import org.planextract.extract.TargetSentenceExtractor;
import org.planextract.extract.ValueParser;
import org.planextract.model.Target;
import org.planextract.nlp.HanLpSegmenter;
import org.planextract.problems.Diagnostics;
import org.planextract.model.Indicator;
import org.planextract.model.ErrorCode;
import org.planextract.model.PlanDocument;
import org.planextract.problems.PlanExtractException;
import org.planextract.model.Source;
import org.planextract.model.Table;
import org.planextract.model.TableKind;
import org.planextract.normalize.TextNormalizer;
import org.planextract.read.DocumentReader;
import org.planextract.read.Readers;
import org.planextract.read.SourceText;
import org.planextract.rules.RuleSet;
import org.planextract.structure.BoxDetector;
import org.planextract.structure.Metadata;
import org.planextract.structure.MetadataDetector;
import org.planextract.structure.Outline;
import org.planextract.structure.OutlineDetector;

import org.planextract.structure.TableBuilder;
import org.planextract.structure.Unit;

/**
 * One file in, one {@link PlanDocument} out: the pipeline wired in one visible place. Stateless
 * after construction and safe to share between threads.
 */
public final class PlanExtractor {
  private final RuleSet rules;
  private final Readers readers;
  private final TextNormalizer normalizer = new TextNormalizer();
  private final OutlineDetector outlineDetector;
  private final BoxDetector boxDetector;
  private final TableBuilder tableBuilder;
  private final MetadataDetector metadataDetector;
  private final IndicatorTableExtractor indicatorExtractor;
  private final TargetSentenceExtractor targetExtractor;

  public PlanExtractor(RuleSet rules) {
    this.rules = rules;
    this.readers = new Readers(rules.html());
    this.outlineDetector = new OutlineDetector(rules.heading(), rules.boxes());
    this.boxDetector = new BoxDetector(rules.boxes(), rules.heading(), normalizer);
    this.tableBuilder = new TableBuilder(rules.tables(), normalizer);
    this.metadataDetector = new MetadataDetector(rules.gazetteer(), rules.metadata());
    this.indicatorExtractor = new IndicatorTableExtractor(rules.indicatorTables(), new ValueParser(rules.values()),
        rules.values().units(), rules.dictionary());
    this.targetExtractor = new TargetSentenceExtractor(rules.targets(), new ValueParser(rules.values()),
        rules.dictionary(), new HanLpSegmenter(rules.dictionary().allNames()));
  }

  public RuleSet rules() {
    return rules;
  }

  /** Reads the bytes of {@code path} with the reader its extension names and extracts the plan. */
  public PlanDocument extract(Path path, byte[] bytes, String docId) {
    return extract(path, bytes, docId, Deadline.none());
  }

  /** As {@link #extract(Path, byte[], String)}, failing with TIMEOUT once {@code deadline} is past. */
  public PlanDocument extract(Path path, byte[] bytes, String docId, Deadline deadline) {
    return analyze(path, bytes, docId, deadline).document();
  }

  /**
   * Everything a run computes for one document, not only its output: for explain and review, which
   * show why an item is (or is not) there.
   */
  public record Analysis(SourceText text, List<Unit> units, Outline outline, BoxDetector.Result boxes,
      List<TableBuilder.Built> tables, PlanDocument document) {}

  /** Reads and extracts a file, keeping the intermediate results. */
  public Analysis analyze(Path path, byte[] bytes, String docId) {
    return analyze(path, bytes, docId, Deadline.none());
  }

  private Analysis analyze(Path path, byte[] bytes, String docId, Deadline deadline) {
    DocumentReader reader = readers.forPath(path).orElseThrow(() -> new PlanExtractException(
        ErrorCode.UNSUPPORTED_FORMAT, "unsupported file type (expected " + Readers.supportedExtensions() + ")"));
    SourceText text = reader.read(bytes, deadline);
    deadline.check("reading");
    Source source = new Source(path.toString(), text.format(), sha256(bytes), text.encoding());
    return analyze(text, source, docId, deadline);
  }

  /** The target extractor of this rule set (explain traces its clauses). */
  public TargetSentenceExtractor targetExtractor() {
    return targetExtractor;
  }

  /** The outline detector of this rule set (explain asks it about a line). */
  public OutlineDetector outlineDetector() {
    return outlineDetector;
  }

  /** Extracts a plan from an already read text: the pipeline, stage by stage. */
  public Analysis analyze(SourceText text, Source source, String docId, Deadline deadline) {
    Diagnostics diagnostics = new Diagnostics();
    List<Unit> units = Unit.of(text, normalizer);
    Metadata metadata = metadataDetector.detect(units);
    Outline outline = outlineDetector.detect(units, diagnostics);
    BoxDetector.Result boxes = boxDetector.detect(units, outline, diagnostics);
    List<TableBuilder.Built> built = tableBuilder.build(units, outline, boxes.boxUnits());
    deadline.check("structure");
    List<Table> tables = built.stream().map(TableBuilder.Built::table).toList();
    List<Indicator> indicators = indicatorExtractor.extract(built, metadata.period(), diagnostics);
    deadline.check("indicators");
    Set<Integer> indicatorTables = built.stream().filter(b -> b.table().kind() == TableKind.INDICATORS)
        .map(TableBuilder.Built::unitIndex).collect(Collectors.toUnmodifiableSet());
    List<Target> targets = targetExtractor.extract(units, outline, indicatorTables, metadata.period(), normalizer,
        diagnostics);
    deadline.check("targets");
    PlanDocument document = new PlanDocument(PlanDocument.SCHEMA_VERSION, docId, source, metadata.title(),
        metadata.region(), metadata.period(), metadata.status(), outline.sections(), boxes.boxes(),
        tables, indicators, targets, diagnostics.warnings());
    return new Analysis(text, units, outline, boxes, built, document);
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
