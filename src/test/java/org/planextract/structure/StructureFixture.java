package org.planextract.structure;

import java.util.List;
import org.planextract.TestCorpus;
import org.planextract.decision.Decisions;
import org.planextract.problems.Diagnostics;
import org.planextract.normalize.TextNormalizer;
import org.planextract.read.SourceText;
import org.planextract.read.TxtReader;
import org.planextract.rules.RuleSet;

/** Runs the structure stages (regions, outline, boxes, tables) over a text snippet in the corpus .txt layout. */
final class StructureFixture {
  final Diagnostics diagnostics = new Diagnostics();
  final List<Unit> units;
  final Outline outline;
  final List<Unit> regions;
  final List<org.planextract.model.Box> boxes;
  final List<TableBuilder.Built> tables;

  StructureFixture(String text) {
    RuleSet rules = TestCorpus.rules();
    TextNormalizer normalizer = new TextNormalizer();
    SourceText source = new TxtReader().read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    units = Unit.of(source, normalizer);
    Decisions decisions = new Decisions();
    HeadingCandidates candidates = new HeadingCandidates(rules.heading());
    regions = new RegionDetector(rules.boxes(), candidates).group(units, decisions);
    outline = new OutlineDetector(rules.heading(), candidates).detect(regions, diagnostics, decisions);
    boxes = new BoxReader(rules.boxes(), rules.heading().schemes(), rules.heading().titleTerminators())
        .read(regions, outline, diagnostics, decisions);
    tables = new TableBuilder(rules.tables()).build(regions, outline, decisions);
  }

  /** "level number title" per section, for compact assertions. */
  List<String> outlineLines() {
    return outline.sections().stream().map(s -> s.level() + " " + s.number() + " " + s.title()).toList();
  }
}
