package org.planextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.planextract.eval.DocumentScore;
import org.planextract.eval.Evaluator;
import org.planextract.eval.FieldScore;
import org.planextract.write.JsonOutput;

/**
 * Every plan in every format scores F1 = 1.0 against its fixture on sections, boxes, metadata,
 * indicator rows and every indicator field (seq, category, unit, nature, canonicalId, values), and
 * targets in running text reach precision 0.95 and recall 0.9 where they are labelled.
 */
class EvalOverFixturesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<Arguments> plansAndFormats() {
    return TestCorpus.docIds().stream()
        .flatMap(doc -> TestCorpus.allFormats().stream().map(f -> Arguments.of(doc, f)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("plansAndFormats")
  void extractionMatchesFixture(String docId, String format) throws IOException {
    JsonNode expected = MAPPER.readTree(TestCorpus.FIXTURES.resolve(docId + ".expected.json").toFile());
    JsonNode actual = new JsonOutput().mapper().valueToTree(CorpusExtraction.extract(docId, format));
    DocumentScore score = new Evaluator().score(docId, expected, Optional.of(actual));
    String misses = score.mismatches().stream()
        .map(m -> m.kind() + " " + m.field() + " line " + m.line() + ": " + m.item())
        .collect(Collectors.joining("\n"));
    assertTrue(score.fields().stream().anyMatch(f -> f.field().equals("indicators.target")), "indicator fields scored");
    for (FieldScore f : score.fields()) {
      if (f.field().equals("targets")) {
        // The goal for targets in running text (the targets issue): precision ≥ 0.95, recall ≥ 0.9.
        assertTrue(f.precision() >= 0.95 && f.recall() >= 0.9,
            "targets P " + f.precision() + " R " + f.recall() + " for " + docId + " as " + format + "\n" + misses);
      } else {
        assertEquals(1.0, f.f1(), 1e-9, f.field() + " F1 for " + docId + " as " + format + "\n" + misses);
      }
    }
  }

  static Stream<Arguments> plansAsPdf() {
    return TestCorpus.docIds().stream()
        .flatMap(doc -> TestCorpus.PDF_FORMATS.stream().map(f -> Arguments.of(doc, f)));
  }

  /**
   * PDF exports reach the PDF goals: sections, boxes, metadata and indicator rows F1 ≥ 0.98, every
   * indicator field ≥ 0.97, targets precision ≥ 0.95 and recall ≥ 0.9.
   */
  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("plansAsPdf")
  void pdfExtractionMeetsThePdfGoals(String docId, String format) throws IOException {
    JsonNode expected = MAPPER.readTree(TestCorpus.FIXTURES.resolve(docId + ".expected.json").toFile());
    JsonNode actual = new JsonOutput().mapper().valueToTree(CorpusExtraction.extract(docId, format));
    DocumentScore score = new Evaluator().score(docId, expected, Optional.of(actual));
    String misses = score.mismatches().stream()
        .map(m -> m.kind() + " " + m.field() + " line " + m.line() + ": " + m.item())
        .collect(Collectors.joining("\n"));
    assertTrue(score.fields().stream().anyMatch(f -> f.field().equals("indicators.target")), "indicator fields scored");
    for (FieldScore f : score.fields()) {
      String what = f.field() + " for " + docId + " as " + format + "\n" + misses;
      if (f.field().equals("targets")) {
        assertTrue(f.precision() >= 0.95 && f.recall() >= 0.9, "targets P " + f.precision() + " R " + f.recall() + " " + what);
      } else if (f.field().startsWith("indicators.")) {
        assertTrue(f.f1() >= 0.97, f.f1() + " " + what);
      } else {
        assertTrue(f.f1() >= 0.98, f.f1() + " " + what);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("txtPlans")
  void linesOfTxtSectionsAndBoxesMatchFixture(String docId) throws IOException {
    JsonNode expected = MAPPER.readTree(TestCorpus.FIXTURES.resolve(docId + ".expected.json").toFile());
    JsonNode actual = new JsonOutput().mapper().valueToTree(CorpusExtraction.extract(docId, "txt"));
    for (String field : new String[] {"sections", "boxes"}) {
      assertEquals(expected.get(field).size(), actual.get(field).size(), field);
      for (int i = 0; i < expected.get(field).size(); i++) {
        assertEquals(expected.get(field).get(i).get("line").asInt(), actual.get(field).get(i).get("line").asInt(),
            field + "[" + i + "] line in " + docId);
      }
    }
  }

  static Stream<String> txtPlans() {
    return TestCorpus.docIds().stream();
  }
}
