package org.planextract.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.planextract.eval.DocumentScore;
import org.planextract.eval.Evaluator;
import org.planextract.eval.Mismatch;
import org.planextract.fixtures.FixtureItems;
import org.planextract.model.PlanDocument;
import org.planextract.write.JsonOutput;

/**
 * What the review page's script knows of a plan: every extracted item in the fixture's shape (so
 * a correction carries exactly what eval compares) with its kind, line, eval key, rule and, with a
 * fixture, whether it is a hit, an extra or has a wrong field; and the fixture's misses. Embedded
 * in the page as JSON, so the page stays one offline file.
 */
final class ReviewPageData {
  private static final Map<String, String> KINDS = Map.of("sections", "section", "boxes", "box",
      "indicators", "indicator", "targets", "target");
  private static final List<String> ARRAYS = List.of("sections", "boxes", "indicators", "targets");

  private final ObjectMapper mapper = new JsonOutput().mapper();
  private final FixtureItems fixtureItems = new FixtureItems();

  /** The page's data object; {@code score} may be null. */
  ObjectNode of(PlanDocument doc, DocumentScore score) {
    JsonNode tree = mapper.valueToTree(doc);
    ObjectNode data = mapper.createObjectNode().put("docId", doc.docId()).put("scored", score != null);
    ArrayNode items = data.putArray("items");
    for (String array : ARRAYS) {
      List<String> extras = keys(score, array, Mismatch.Kind.EXTRA);
      boolean labelled = score != null && score.fields().stream().anyMatch(f -> f.field().equals(array));
      for (JsonNode item : tree.path(array)) {
        String key = Evaluator.itemKey(array, item);
        ObjectNode n = items.addObject().put("kind", KINDS.get(array)).put("line", item.path("line").asInt())
            .put("key", key);
        if (item.hasNonNull("rule")) {
          n.put("rule", item.get("rule").asText());
        }
        boolean fact = array.equals("targets") && item.path("kind").asText().equals("fact");
        n.put("status", !labelled || fact ? "unscored" : extras.remove(key) ? "extra" : "hit");
        n.set("fields", fixtureItems.trim(array, item));
      }
    }
    ArrayNode misses = data.putArray("misses");
    if (score != null) {
      for (Mismatch m : score.mismatches()) {
        if (m.kind() != Mismatch.Kind.EXTRA) {
          misses.addObject().put("kind", m.kind().name().toLowerCase(java.util.Locale.ROOT)).put("field", m.field())
              .put("line", m.line() == null ? 0 : m.line()).put("item", m.item());
        }
      }
    }
    return data;
  }

  /** Per rule id: how many items it made, and with a fixture how many are true and false positives. */
  Map<String, int[]> ruleCounts(PlanDocument doc, DocumentScore score) {
    Map<String, int[]> counts = new TreeMap<>();
    for (JsonNode item : of(doc, score).path("items")) {
      String rule = item.hasNonNull("rule") ? item.get("rule").asText() : "(" + item.get("kind").asText() + ")";
      int[] c = counts.computeIfAbsent(rule, k -> new int[3]);
      c[0]++;
      if (item.get("status").asText().equals("hit")) {
        c[1]++;
      } else if (item.get("status").asText().equals("extra")) {
        c[2]++;
      }
    }
    return counts;
  }

  private static List<String> keys(DocumentScore score, String array, Mismatch.Kind kind) {
    List<String> out = new ArrayList<>();
    if (score != null) {
      score.mismatches().stream().filter(m -> m.field().equals(array) && m.kind() == kind).forEach(m -> out.add(m.item()));
    }
    return out;
  }

  /** The JSON, safe inside a script element. */
  String script(ObjectNode data) {
    try {
      return mapper.writeValueAsString(data).replace("</", "<\\/");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("review data is not serialisable", e);
    }
  }
}
