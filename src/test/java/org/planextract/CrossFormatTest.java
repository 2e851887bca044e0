package org.planextract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.planextract.model.PlanDocument;
import org.planextract.write.JsonOutput;

/**
 * The contract's own rule: the same plan as .txt, .docx (plain and as Word saves it), .doc (Word 97,
 * plain and with automatic numbers and text boxes) and .html
 * gives the same title, region, period, status, sections, boxes, indicators and targets, once
 * positions (line, span) and ids are removed.
 */
class CrossFormatTest {
  private static final Set<String> POSITIONAL = Set.of("line", "span", "id", "parentId", "sectionId", "tableId");
  private static final JsonOutput JSON = new JsonOutput();

  static Stream<Arguments> plansAndFormats() {
    return TestCorpus.docIds().stream()
        .flatMap(doc -> TestCorpus.OTHER_FORMATS.stream().map(f -> Arguments.of(doc, f)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("plansAndFormats")
  void sameExtractionAsText(String docId, String format) {
    PlanDocument txt = CorpusExtraction.extract(docId, "txt");
    PlanDocument other = CorpusExtraction.extract(docId, format);
    for (String field : new String[] {"title", "region", "period", "status", "sections", "boxes", "indicators", "targets"}) {
      assertEquals(comparable(txt, field), comparable(other, field), field + " differs between txt and " + format);
    }
  }

  static Stream<Arguments> plansAsPdf() {
    return TestCorpus.docIds().stream()
        .flatMap(doc -> TestCorpus.PDF_FORMATS.stream().map(f -> Arguments.of(doc, f)));
  }

  /** PDF (as LibreOffice and as Word export it): the same title, region, period, sections, boxes and indicators. */
  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("plansAsPdf")
  void pdfGivesTheSameStructureAsText(String docId, String format) {
    PlanDocument txt = CorpusExtraction.extract(docId, "txt");
    PlanDocument pdf = CorpusExtraction.extract(docId, format);
    for (String field : new String[] {"title", "region", "period", "sections", "boxes", "indicators"}) {
      assertEquals(comparable(txt, field), comparable(pdf, field), field + " differs between txt and " + format);
    }
  }

  private static String comparable(PlanDocument doc, String field) {
    JsonNode node = JSON.mapper().valueToTree(doc).get(field);
    return JSON.pretty(strip(node.deepCopy()));
  }

  private static JsonNode strip(JsonNode node) {
    if (node instanceof ObjectNode o) {
      POSITIONAL.forEach(o::remove);
      o.forEach(CrossFormatTest::strip);
    } else if (node instanceof ArrayNode a) {
      a.forEach(CrossFormatTest::strip);
    }
    return node;
  }
}
