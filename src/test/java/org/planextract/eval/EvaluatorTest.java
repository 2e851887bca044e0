package org.planextract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode json(String s) throws Exception {
    return MAPPER.readTree(s.replace('\'', '"'));
  }

  @Test
  void countsMissesExtrasAndMatchesIgnoringLines() throws Exception {
    JsonNode expected = json("{'sections':[{'line':3,'level':1,'number':'一','title':'发展基础'},"
        + "{'line':9,'level':2,'number':'一','title':'主要成就'}],'boxes':[]}");
    JsonNode actual = json("{'sections':[{'line':4,'level':1,'number':'一','title':'发展基础'},"
        + "{'line':12,'level':1,'number':'二','title':'总体要求'}],'boxes':[]}");
    DocumentScore score = new Evaluator().score("d", expected, Optional.of(actual));
    FieldScore sections = score.fields().get(0);
    assertEquals(new FieldScore("sections", 1, 1, 1), sections);
    assertEquals(0.5, sections.precision());
    assertEquals(0.5, sections.recall());
    assertEquals(0.5, sections.f1());
    assertEquals(List.of(
        new Mismatch("d", "sections", Mismatch.Kind.MISS, 9, "2 一 主要成就"),
        new Mismatch("d", "sections", Mismatch.Kind.EXTRA, 12, "1 二 总体要求")), score.mismatches());
    assertEquals(new FieldScore("boxes", 0, 0, 0), score.fields().get(1));
    assertEquals(1.0, score.fields().get(1).f1());
  }

  @Test
  void missingOutputMissesEverything() throws Exception {
    JsonNode expected = json("{'title':'甲','boxes':[{'number':1,'title':'工程'}]}");
    DocumentScore score = new Evaluator().score("d", expected, Optional.empty());
    assertEquals(new FieldScore("boxes", 0, 0, 1), score.fields().get(0));
    assertEquals(0.0, new EvalReport(List.of(score)).minF1());
  }
}
