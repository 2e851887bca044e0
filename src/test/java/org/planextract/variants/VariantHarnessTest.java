package org.planextract.variants;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planextract.CorpusExtraction;
import org.planextract.TestCorpus;
import org.planextract.eval.DocumentScore;
import org.planextract.eval.Evaluator;
import org.planextract.eval.FieldScore;
import org.planextract.write.JsonOutput;

/**
 * The convention-variation harness: every corpus plan and .txt golden case rewritten into one
 * variant per convention, each written as .txt, .docx and .html, extracted in-process and scored
 * against its carried labels. Prints a score table per convention.
 */
class VariantHarnessTest {
  private static final Path OUT = Path.of("target/variants");
  private static final List<String> FORMATS = List.of("txt", "docx", "html");
  private static final Map<String, int[]> TOTALS = new TreeMap<>();
  private static final Map<String, Map<String, int[]>> BY_CONVENTION = new TreeMap<>();
  private static final List<String> MISSES = new ArrayList<>();
  private static final Map<String, Integer> VARIANTS_PER_SOURCE = new TreeMap<>();
  private static int documents;

  @BeforeAll
  static void runAll() throws IOException {
    VariantGenerator gen = new VariantGenerator();
    VariantFormats formats = new VariantFormats();
    Evaluator evaluator = new Evaluator();
    JsonOutput json = new JsonOutput();
    int sourceIndex = 0;
    for (VariantGenerator.Source source : gen.sources(Path.of("corpus"), Path.of("src/test/resources/fixtures"),
        Path.of("src/test/resources/golden"), TestCorpus.rules().html())) {
      sourceIndex++;
      if (!source.id().startsWith(System.getProperty("variants.source", ""))) {
        continue;
      }
      List<VariantGenerator.Variant> variants = gen.variants(source, VariantGenerator.conventions());
      VARIANTS_PER_SOURCE.put(source.id(), variants.size() - 1);
      for (int k = 0; k < variants.size(); k++) {
        VariantGenerator.Variant v = variants.get(k);
        for (String format : k == 0 ? FORMATS : formatsFor(k + sourceIndex)) {
          byte[] bytes = switch (format) {
            case "txt" -> formats.txt(v.plan());
            case "docx" -> formats.docx(v.plan(), v.plan().merges);
            default -> formats.html(v.plan(), v.plan().merges);
          };
          Path file = OUT.resolve(source.id()).resolve(v.convention().id() + "." + format);
          Files.createDirectories(file.getParent());
          Files.write(file, bytes);
          documents++;
          JsonNode actual = json.mapper().valueToTree(CorpusExtraction.extractor().extract(file, bytes, v.id()));
          DocumentScore score = evaluator.score(v.id(), v.plan().labels, Optional.of(actual));
          Map<String, int[]> conv = BY_CONVENTION.computeIfAbsent(v.convention().id(), key -> new TreeMap<>());
          for (FieldScore f : score.fields()) {
            add(conv, f);
            add(TOTALS, f);
          }
          FieldScore values = targetValues(v.plan().labels, actual, miss -> MISSES.add(v.id() + "." + format + " " + miss));
          add(conv, values);
          add(TOTALS, values);
          FieldScore period = periodScore(v.plan().labels, actual);
          if (period != null) {
            add(conv, period);
            add(TOTALS, period);
          }
          score.mismatches().forEach(m -> MISSES.add(v.id() + "." + format + " " + m.kind() + " " + m.field()
              + " line " + m.line() + ": " + m.item()));
          if (period != null && period.falseNegatives() > 0) {
            MISSES.add(v.id() + "." + format + " WRONG period: got " + actual.path("period") + " region "
                + actual.path("region"));
          }
        }
      }
    }
    Files.write(OUT.resolve("misses.txt"), MISSES);
    System.out.println(table());
  }

  /**
   * The formats a variant is written in: all three with {@code -Dvariants.full=true}; otherwise
   * one, rotating over the variants so that every convention is read as .txt, .docx and .html
   * across the sources (the originals always in all three).
   */
  private static List<String> formatsFor(int k) {
    if (Boolean.getBoolean("variants.full")) {
      return FORMATS;
    }
    return List.of(FORMATS.get(Math.floorMod(k, FORMATS.size())));
  }

  private static final List<String> TARGET_VALUE_FIELDS = List.of("kind", "op", "unit", "direction");

  /**
   * The value of each matched target on the fields its label gives (kind, op, unit, direction):
   * eval matches targets on indicator, number and year only, so 提高2个百分点 read as 提高2% would
   * pass it.
   */
  private static FieldScore targetValues(JsonNode labels, JsonNode actual, java.util.function.Consumer<String> misses) {
    int ok = 0;
    int wrong = 0;
    for (JsonNode want : labels.path("targets")) {
      String key = Evaluator.itemKey("targets", want);
      List<JsonNode> same = new ArrayList<>();
      actual.path("targets").forEach(t -> {
        if (!t.path("kind").asText().equals("fact") && Evaluator.itemKey("targets", t).equals(key)) {
          same.add(t);
        }
      });
      if (same.isEmpty()) {
        continue;
      }
      if (same.stream().anyMatch(t -> TARGET_VALUE_FIELDS.stream().allMatch(f -> !want.path("value").has(f)
          || want.path("value").get(f).asText().equals(t.path("value").path(f).asText())))) {
        ok++;
      } else {
        wrong++;
        misses.accept("WRONG targets.value: " + key + " expected " + want.path("value") + ", got " + same.get(0).path("value"));
      }
    }
    return new FieldScore("targets.value", ok, wrong, wrong);
  }

  /** Period (and region level when labelled) as one metadata field. */
  private static FieldScore periodScore(JsonNode labels, JsonNode actual) {
    if (!labels.has("period") && !labels.path("region").has("level")) {
      return null;
    }
    boolean ok = !labels.has("period") || labels.get("period").path("start").asInt() == actual.path("period").path("start").asInt()
        && labels.get("period").path("end").asInt() == actual.path("period").path("end").asInt();
    ok &= !labels.path("region").has("level")
        || labels.path("region").path("level").asText().equals(actual.path("region").path("level").asText());
    return new FieldScore("period", ok ? 1 : 0, ok ? 0 : 1, ok ? 0 : 1);
  }

  private static void add(Map<String, int[]> map, FieldScore f) {
    int[] c = map.computeIfAbsent(f.field(), k -> new int[3]);
    c[0] += f.truePositives();
    c[1] += f.falsePositives();
    c[2] += f.falseNegatives();
  }

  static double f1(int[] c) {
    return c[0] + c[1] + c[2] == 0 ? 1.0 : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
  }

  static double precision(int[] c) {
    return c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]);
  }

  static double recall(int[] c) {
    return c[0] + c[2] == 0 ? 1.0 : (double) c[0] / (c[0] + c[2]);
  }

  private static final List<String> COLUMNS = List.of("sections", "boxes", "indicators", "indicators.seq",
      "indicators.category", "indicators.unit", "indicators.nature", "indicators.canonicalId", "indicators.baseline",
      "indicators.target", "targets.value", "metadata", "period");

  static String table() {
    StringBuilder s = new StringBuilder(String.format("%-34s", "convention (F1; targets P/R)"));
    COLUMNS.forEach(c -> s.append(String.format(" %8s", c.replace("indicators.", "i.").replace("indicators", "ind")
        .replace("targets.", "t."))));
    s.append("  targets\n");
    BY_CONVENTION.forEach((conv, fields) -> s.append(row(conv, fields)));
    s.append(row("ALL", TOTALS));
    s.append(documents).append(" documents; variants per source: ").append(VARIANTS_PER_SOURCE).append('\n');
    return s.toString();
  }

  private static String row(String name, Map<String, int[]> fields) {
    StringBuilder s = new StringBuilder(String.format("%-34s", name));
    for (String c : COLUMNS) {
      int[] v = fields.get(c);
      s.append(v == null ? String.format(" %8s", "-") : String.format(" %8.3f", f1(v)));
    }
    int[] t = fields.get("targets");
    s.append(t == null ? "  -" : String.format("  %.3f/%.3f", precision(t), recall(t))).append('\n');
    return s.toString();
  }

  @Test
  void atLeastThirtyVariantsPerCorpusPlan() {
    VARIANTS_PER_SOURCE.forEach((id, n) -> {
      if (!id.startsWith("golden-")) {
        assertTrue(n >= 30, id + " has " + n + " variants");
      }
    });
  }

  @Test
  void originalsStayExact() {
    BY_CONVENTION.get("original").forEach((field, c) -> {
      if (field.equals("targets")) {
        assertTrue(precision(c) >= 0.95 && recall(c) >= 0.9, "original targets P " + precision(c) + " R " + recall(c));
      } else {
        assertTrue(f1(c) == 1.0, "original " + field + " F1 " + f1(c));
      }
    });
  }

  /** The goal of a field: F1 for structure and indicators, precision and recall for targets. */
  private static boolean meetsGoal(String field, int[] c, double floor) {
    if (field.equals("targets")) {
      return precision(c) >= Math.min(0.95, floor) && recall(c) >= Math.min(0.9, floor);
    }
    double goal = field.startsWith("indicators.") || field.equals("targets.value") ? 0.97 : 0.98;
    return f1(c) >= Math.min(goal, floor);
  }

  /**
   * Conventions that do not reach the goal yet, with the score they do reach as a floor (README,
   * "Conventions: handled and not yet"); every other convention must meet the goal on every field.
   */
  private static final Map<String, Double> FLOORS = Map.of();

  @Test
  void goalsOverAllVariants() {
    for (var e : TOTALS.entrySet()) {
      assertTrue(meetsGoal(e.getKey(), e.getValue(), 1.0), e.getKey() + " over all variants: F1 " + f1(e.getValue())
          + " P " + precision(e.getValue()) + " R " + recall(e.getValue()) + "\n" + table());
    }
  }

  @Test
  void goalsPerConvention() {
    List<String> failures = new ArrayList<>();
    BY_CONVENTION.forEach((conv, fields) -> fields.forEach((field, c) -> {
      double floor = FLOORS.getOrDefault(conv + " " + field, 1.0);
      if (!meetsGoal(field, c, floor)) {
        failures.add(conv + " " + field + ": F1 " + f1(c) + " P " + precision(c) + " R " + recall(c));
      }
    }));
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
