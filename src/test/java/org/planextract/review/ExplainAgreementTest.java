package org.planextract.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planextract.CorpusExtraction;
import org.planextract.PlanExtractor;
import org.planextract.TestCorpus;
import org.planextract.decision.Decision;
import org.planextract.model.PlanDocument;

/**
 * explain reads what extract decided: over every line of every fixture plan (all formats) and
 * golden case, what explain calls accepted is exactly what extract wrote, item for item.
 */
class ExplainAgreementTest {
  /** Corpus plans are extracted once per test run (shared with the other corpus tests). */
  private static final java.util.Map<Path, java.util.function.Supplier<PlanDocument>> WRITTEN =
      new java.util.concurrent.ConcurrentHashMap<>();

  static Stream<Path> plans() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String docId : TestCorpus.docIds()) {
      for (String format : TestCorpus.allFormats()) {
        files.add(TestCorpus.file(docId, format));
        WRITTEN.put(TestCorpus.file(docId, format), () -> CorpusExtraction.extract(docId, format));
      }
    }
    try (Stream<Path> golden = Files.list(Path.of("src/test/resources/golden"))) {
      golden.sorted().forEach(dir -> {
        try (Stream<Path> in = Files.list(dir)) {
          in.filter(p -> p.getFileName().toString().startsWith("input.")).forEach(files::add);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
    return files.stream();
  }

  /** A sentence under 发展基础 that names no year: extract writes nothing, and explain says why. */
  @Test
  void aSentenceWithoutAYearIsRejectedNotAccepted() {
    String text = "一、发展基础\n全区孤独症儿童康复覆盖率达到65%，社区心理服务站点覆盖率提高到40%。\n";
    PlanExtractor.Analysis a = CorpusExtraction.extractor().analyze(Path.of("plan.txt"),
        text.getBytes(StandardCharsets.UTF_8), "plan");
    assertEquals(List.of(), a.document().targets());
    List<Decision> clauses = new Explainer().decisionsAt(a, 2).stream()
        .filter(d -> d.stage() == Decision.Stage.TARGET).toList();
    assertEquals(1, clauses.size(), clauses::toString);
    for (Decision d : clauses) {
      assertFalse(d.accepted());
      assertTrue(d.reason().contains("names no year"), d::reason);
    }
  }

  /** A clause no rule matches is listed too, as rejected with no rule. */
  @Test
  void clausesNoRuleMatchesAreListed() {
    String text = "到2025年，建成3家区域医疗中心联合体，全面推进智慧医院建设。\n";
    PlanExtractor.Analysis a = CorpusExtraction.extractor().analyze(Path.of("plan.txt"),
        text.getBytes(StandardCharsets.UTF_8), "plan");
    List<String> said = new Explainer().explainLine(a, 1);
    assertTrue(said.stream().anyMatch(l -> l.startsWith("target: rejected (no rule) on \"全面推进智慧医院建设")),
        said::toString);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void explainCallsAcceptedExactlyWhatExtractWrote(Path file) throws IOException {
    PlanExtractor extractor = CorpusExtraction.extractor();
    byte[] bytes = Files.readAllBytes(file);
    String docId = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    PlanDocument written = WRITTEN.getOrDefault(file, () -> extractor.extract(file, bytes, docId)).get();
    PlanExtractor.Analysis a = extractor.analyze(file, bytes, docId);
    Explainer explainer = new Explainer();
    List<String> sections = new ArrayList<>();
    List<String> boxes = new ArrayList<>();
    List<String> tables = new ArrayList<>();
    List<String> indicators = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    int lines = a.text().text().split("\n", -1).length;
    for (int line = 1; line <= lines; line++) {
      List<String> said = explainer.explainLine(a, line);
      for (Decision d : explainer.decisionsAt(a, line)) {
        assertTrue(said.contains(Explainer.describe(d)), () -> "explain leaves out " + d);
        if (!d.accepted()) {
          continue;
        }
        String item = d.line() + " " + d.subject();
        switch (d.stage()) {
          case HEADING -> sections.add(item);
          case BOX -> boxes.add(item);
          case TABLE -> tables.add(item);
          case INDICATOR -> indicators.add(item);
          case TARGET -> targets.add(item + " " + d.span() + " " + d.ruleId());
        }
      }
    }
    assertEquals(written.sections().stream().map(s -> s.line() + " " + s.id()).toList(), sections);
    assertEquals(written.boxes().stream().map(b -> b.line() + " " + b.id()).sorted().toList(),
        boxes.stream().sorted().toList());
    assertEquals(written.tables().stream().map(t -> t.line() + " " + t.id()).sorted().toList(),
        tables.stream().sorted().toList());
    assertEquals(written.indicators().stream().map(i -> i.line() + " " + i.name()).sorted().toList(),
        indicators.stream().sorted().toList());
    assertEquals(written.targets().stream().map(t -> t.line() + " " + t.indicator() + " " + t.span() + " " + t.rule())
        .sorted().toList(), targets.stream().sorted().toList());
  }
}
