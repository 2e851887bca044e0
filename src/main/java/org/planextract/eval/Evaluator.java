package org.planextract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.planextract.model.ErrorCode;
import org.planextract.problems.PlanExtractException;

/**
 * Compares a folder of extracted documents with a folder of {@code <docId>.expected.json}
 * fixtures. Items are matched as multisets on their key, so order and line numbers do not matter
 * for the score; lines are reported with each miss and extra.
 */
public final class Evaluator {
  private final ObjectMapper mapper = new ObjectMapper();

  /** How an item of a field is keyed and shown. */
  private record FieldSpec(String field, String arrayName, Function<JsonNode, String> key) {}

  private static final List<FieldSpec> FIELDS = List.of(
      new FieldSpec("sections", "sections",
          n -> n.path("level").asText() + " " + n.path("number").asText() + " " + n.path("title").asText()),
      new FieldSpec("boxes", "boxes", n -> n.path("number").asText() + " " + n.path("title").asText()),
      new FieldSpec("indicators", "indicators", n -> n.path("name").asText()),
      new FieldSpec("targets", "targets", Evaluator::targetKey));

  /**
   * A target matches on its canonical id (or, without one, its indicator phrase), its value and
   * its year: 人均预期寿命 ≥ 78 in 2025 is one target whatever sentence says it.
   */
  private static String targetKey(JsonNode n) {
    JsonNode v = n.path("value");
    String who = n.path("canonicalId").isTextual() ? n.path("canonicalId").asText() : n.path("indicator").asText();
    String number = v.path("value").isNumber() ? plain(v.path("value"))
        : plain(v.path("min")) + "-" + plain(v.path("max"));
    return who + " = " + number + " (" + v.path("year").asText() + ")";
  }

  /** A number as written plainly (80, not 8E+1, whatever scale it was read with); anything else as text. */
  private static String plain(JsonNode n) {
    return n.isNumber() ? n.decimalValue().stripTrailingZeros().toPlainString() : n.asText();
  }

  /**
   * The key eval matches an item of an array (sections, boxes, indicators, targets) on, so that
   * fixture tools and run diffs agree with the scores on what "the same item" is.
   */
  public static String itemKey(String array, JsonNode item) {
    return FIELDS.stream().filter(f -> f.arrayName().equals(array)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no such field: " + array)).key().apply(item);
  }

  public EvalReport evaluate(Path expectedDir, Path actualDir) {
    List<Path> fixtures = list(expectedDir);
    if (fixtures.isEmpty()) {
      throw new PlanExtractException(ErrorCode.UNREADABLE_INPUT,
          expectedDir + ": no *.expected.json fixtures found");
    }
    List<DocumentScore> scores = new ArrayList<>();
    for (Path fixture : fixtures) {
      String name = fixture.getFileName().toString();
      String docId = name.substring(0, name.length() - ".expected.json".length());
      JsonNode expected = read(fixture);
      Path actualFile = actualDir.resolve(docId + ".json");
      Optional<JsonNode> actual = Files.isRegularFile(actualFile) ? Optional.of(read(actualFile)) : Optional.empty();
      scores.add(score(docId, expected, actual));
    }
    return new EvalReport(scores);
  }

  /** Scores one document; a missing output counts every expected item as missed. */
  public DocumentScore score(String docId, JsonNode expected, Optional<JsonNode> actual) {
    List<FieldScore> fields = new ArrayList<>();
    List<Mismatch> mismatches = new ArrayList<>();
    for (FieldSpec spec : FIELDS) {
      if (!expected.has(spec.arrayName())) {
        continue;
      }
      List<JsonNode> want = items(expected.path(spec.arrayName()));
      List<JsonNode> got = actual.map(a -> items(a.path(spec.arrayName()))).orElse(List.of());
      if (spec.field().equals("targets")) {
        // Facts (past years) are extracted but not labelled: only targets are scored.
        got = got.stream().filter(g -> !g.path("kind").asText().equals("fact")).toList();
      }
      List<JsonNode> unmatched = new ArrayList<>(got);
      int tp = 0;
      java.util.Map<String, int[]> accuracy = new java.util.LinkedHashMap<>();
      for (JsonNode w : want) {
        String key = spec.key().apply(w);
        Optional<JsonNode> hit = unmatched.stream().filter(g -> spec.key().apply(g).equals(key)).findFirst();
        if (hit.isPresent()) {
          unmatched.remove(hit.get());
          tp++;
          if (spec.field().equals("indicators")) {
            compareIndicator(docId, w, hit.get(), accuracy, mismatches);
          }
        } else {
          mismatches.add(new Mismatch(docId, spec.field(), Mismatch.Kind.MISS, line(w), key));
        }
      }
      for (JsonNode g : unmatched) {
        mismatches.add(new Mismatch(docId, spec.field(), Mismatch.Kind.EXTRA, line(g), spec.key().apply(g)));
      }
      fields.add(new FieldScore(spec.field(), tp, unmatched.size(), want.size() - tp));
      accuracy.forEach((name, counts) -> fields.add(new FieldScore(name, counts[0], counts[1], counts[1])));
    }
    fields.add(metadata(docId, expected, actual, mismatches));
    return new DocumentScore(docId, fields, mismatches);
  }

  /** Indicator fields compared on a matched row; a field absent from the fixture is not scored. */
  private static final List<String> INDICATOR_FIELDS =
      List.of("seq", "parentSeq", "category", "unit", "unitInferred", "nature", "canonicalId");

  private static void compareIndicator(String docId, JsonNode want, JsonNode got,
      java.util.Map<String, int[]> accuracy, List<Mismatch> mismatches) {
    for (String field : INDICATOR_FIELDS) {
      if (!want.has(field)) {
        continue;
      }
      boolean ok = want.get(field).asText().equals(got.path(field).asText())
          && want.get(field).isNull() == got.path(field).isNull();
      tally(docId, want, "indicators." + field, ok, field + ": expected '" + want.get(field).asText()
          + "', got '" + got.path(field).asText() + "'", accuracy, mismatches, got);
    }
    for (String value : List.of("baseline", "target")) {
      if (!want.has(value)) {
        continue;
      }
      String diff = valueDiff(want.get(value), got.path(value));
      tally(docId, want, "indicators." + value, diff == null, value + ": " + diff, accuracy, mismatches, got);
    }
  }

  private static void tally(String docId, JsonNode want, String field, boolean ok, String message,
      java.util.Map<String, int[]> accuracy, List<Mismatch> mismatches, JsonNode got) {
    int[] counts = accuracy.computeIfAbsent(field, k -> new int[2]);
    if (ok) {
      counts[0]++;
    } else {
      counts[1]++;
      mismatches.add(new Mismatch(docId, field, Mismatch.Kind.WRONG, line(got),
          want.path("name").asText() + ": " + message));
    }
  }

  /** Null when the value matches on every field the fixture gives (numbers compared as numbers). */
  private static String valueDiff(JsonNode want, JsonNode got) {
    if (want.isNull()) {
      return got.isNull() || got.isMissingNode() ? null : "expected none, got " + got.path("raw").asText();
    }
    if (got.isNull() || got.isMissingNode()) {
      return "expected '" + want.path("raw").asText() + "', got none";
    }
    List<String> wrong = new ArrayList<>();
    for (var it = want.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      JsonNode w = want.get(f);
      JsonNode g = got.path(f);
      boolean same = w.isNumber() && g.isNumber() ? w.decimalValue().compareTo(g.decimalValue()) == 0
          : w.asText().equals(g.asText());
      if (!same) {
        wrong.add(f + " '" + g.asText() + "' (expected '" + w.asText() + "')");
      }
    }
    return wrong.isEmpty() ? null : String.join(", ", wrong);
  }

  private static FieldScore metadata(String docId, JsonNode expected, Optional<JsonNode> actual, List<Mismatch> mismatches) {
    int tp = 0;
    int wrong = 0;
    String[][] paths = {{"title"}, {"status"}, {"region", "name"}, {"region", "province"}};
    for (String[] path : paths) {
      JsonNode want = at(expected, path);
      if (want.isMissingNode()) {
        continue;
      }
      JsonNode got = actual.map(a -> at(a, path)).orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
      if (want.asText().equals(got.asText()) && !got.isMissingNode()) {
        tp++;
      } else {
        wrong++;
        mismatches.add(new Mismatch(docId, "metadata", Mismatch.Kind.WRONG, null,
            String.join(".", path) + ": expected '" + want.asText() + "', got '" + got.asText() + "'"));
      }
    }
    return new FieldScore("metadata", tp, wrong, wrong);
  }

  private static JsonNode at(JsonNode node, String[] path) {
    JsonNode n = node;
    for (String p : path) {
      n = n.path(p);
    }
    return n;
  }

  private static Integer line(JsonNode n) {
    return n.has("line") && n.get("line").canConvertToInt() ? n.get("line").asInt() : null;
  }

  private static List<JsonNode> items(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  private JsonNode read(Path file) {
    try {
      return mapper.readTree(file.toFile());
    } catch (IOException e) {
      throw new PlanExtractException(ErrorCode.UNREADABLE_INPUT, file + ": not readable JSON (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
    }
  }

  private static List<Path> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new PlanExtractException(ErrorCode.UNREADABLE_INPUT, dir + ": no such folder");
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
    } catch (IOException e) {
      throw new PlanExtractException(ErrorCode.UNREADABLE_INPUT, dir + ": cannot list (" + e.getMessage() + ")", e);
    }
  }
}
