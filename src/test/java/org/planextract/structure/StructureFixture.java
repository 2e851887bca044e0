package org.planextract.structure;

import java.util.List;
import org.planextract.TestCorpus;
import org.planextract.problems.Diagnostics;
import org.planextract.normalize.TextNormalizer;
import org.planextract.read.SourceText;
import org.planextract.read.TxtReader;
import org.planextract.rules.RuleSet;

/** Runs the structure stages over a text snippet written in the corpus .txt layout. */
final class StructureFixture {
  final Diagnostics diagnostics = new Diagnostics();
  final List<Unit> units;
  final Outline outline;
  final BoxDetector.Result boxes;

  StructureFixture(String text) {
    RuleSet rules = TestCorpus.rules();
    TextNormalizer normalizer = new TextNormalizer();
    SourceText source = new TxtReader().read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    units = Unit.of(source, normalizer);
    outline = new OutlineDetector(rules.heading(), rules.boxes()::opens).detect(units, diagnostics, new org.planextract.decision.Decisions());
    boxes = new BoxDetector(rules.boxes(), rules.heading().schemes(), rules.heading().titleTerminators()).detect(units, outline, diagnostics, new org.planextract.decision.Decisions());
  }

  /** "level number title" per section, for compact assertions. */
  List<String> outlineLines() {
    return outline.sections().stream().map(s -> s.level() + " " + s.number() + " " + s.title()).toList();
  }
}
