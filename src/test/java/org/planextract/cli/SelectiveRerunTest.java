package org.planextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planextract.TestCorpus;
import org.planextract.rules.RuleLoader;

/**
 * {@code extract --incremental} after a rule edit re-extracts only the plans the edit can affect
 * (html.yaml: only .html plans; a new target rule: only plans holding its trigger words), says
 * why in the manifest, and ends with exactly the output of a full run with the same rules.
 */
class SelectiveRerunTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path tmp;

  @Test
  void aRuleEditReExtractsOnlyThePlansItCanAffect() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (String docId : TestCorpus.docIds()) {
      Files.copy(TestCorpus.file(docId, "txt"), in.resolve(docId + ".txt"));
    }
    String htmlDoc = TestCorpus.docIds().get(0);
    Files.copy(TestCorpus.file(htmlDoc, "html"), in.resolve("page-" + htmlDoc + ".html"));
    Path rules = Files.createDirectories(tmp.resolve("rules"));
    for (String f : RuleLoader.FILES) {
      Files.copy(Path.of("rules", f), rules.resolve(f));
    }
    Path out = tmp.resolve("out");
    assertEquals(0, extract(rules, out, true, in).code());

    // A new drop selector in html.yaml: only the .html plan is extracted again.
    Path html = rules.resolve("html.yaml");
    Files.writeString(html, Files.readString(html, StandardCharsets.UTF_8)
        .replace("dropSelectors:\n", "dropSelectors:\n  - \".never-on-any-page\"\n"), StandardCharsets.UTF_8);
    CliRun afterHtml = extract(rules, out, true, in);
    assertEquals(0, afterHtml.code(), afterHtml.err());
    JsonNode m1 = manifest(out);
    assertEquals(List.of("page-" + htmlDoc + ".html"), rerun(m1), m1.toString());
    assertEquals("re-run: html.yaml changed", reason(m1, ".html"));
    assertEquals("rule change cannot affect it: html.yaml", reason(m1, TestCorpus.docIds().get(1) + ".txt"));
    assertTrue(afterHtml.out().contains("6 documents: 5 unchanged, skipped; 1 written (1 re-run after the rule change)"),
        afterHtml.out());

    // A new target rule whose trigger words (工业企业) occur in two plans: those two are extracted again.
    Path targets = rules.resolve("targets.yaml");
    String yaml = Files.readString(targets, StandardCharsets.UTF_8);
    int at = yaml.indexOf("  - id: target-level");
    Files.writeString(targets, yaml.substring(0, at) + """
          - id: target-industry
            shape: level
            description: 工业企业…率 达到 X
            pattern: "(?<indicator>工业企业[^,;]{0,16}?率)(?<value>{LEVEL})"
            examples:
              - {text: "规模以上工业企业职业健康检查率达到95%", indicator: "工业企业职业健康检查率", value: "95"}
        """ + yaml.substring(at), StandardCharsets.UTF_8);
    assertEquals(0, extract(rules, out, true, in).code());
    JsonNode m2 = manifest(out);
    List<String> expected = new ArrayList<>();
    for (String docId : List.of(TestCorpus.docIds().get(1), TestCorpus.docIds().get(2))) {
      expected.add(docId + ".txt");
      assertTrue(Files.readString(in.resolve(docId + ".txt"), StandardCharsets.UTF_8).contains("工业企业"));
    }
    assertEquals(expected, rerun(m2), m2.toString());
    assertTrue(reason(m2, expected.get(0)).startsWith("re-run: new target rule target-industry: its trigger words occur"),
        reason(m2, expected.get(0)));
    assertEquals("rule change cannot affect it: new target rule target-industry (trigger words absent)",
        reason(m2, TestCorpus.docIds().get(3) + ".txt"));

    assertTrue(Files.readString(out.resolve(TestCorpus.docIds().get(2) + ".json"), StandardCharsets.UTF_8)
        .contains("target-industry"), "the new rule made an item in a re-run plan");
    // The same as a full run with the same rules.
    Path full = tmp.resolve("full");
    assertEquals(0, extract(rules, full, false, in).code());
    assertEquals(listing(full), listing(out));
    for (String name : listing(full)) {
      // manifest.json has times and reasons; indicators.xlsx is rebuilt from the same per-plan files as the csv.
      if (!name.equals("manifest.json") && !name.endsWith(".xlsx")) {
        assertEquals(new String(Files.readAllBytes(full.resolve(name)), StandardCharsets.UTF_8),
            new String(Files.readAllBytes(out.resolve(name)), StandardCharsets.UTF_8), name);
      }
    }

    // values.yaml is not analysed: every plan is extracted again.
    Path values = rules.resolve("values.yaml");
    Files.writeString(values, Files.readString(values, StandardCharsets.UTF_8) + "\n# edited\n", StandardCharsets.UTF_8);
    assertEquals(0, extract(rules, out, true, in).code());
    JsonNode m3 = manifest(out);
    assertEquals(6, rerun(m3).size());
    assertEquals("re-run: values.yaml changed", reason(m3, ".html"));
  }

  private static CliRun extract(Path rules, Path out, boolean incremental, Path in) {
    List<String> args = new ArrayList<>(List.of("extract", "--threads", "2", "--rules", rules.toString(), "--out", out.toString()));
    if (incremental) {
      args.add("--incremental");
    }
    args.add(in.toString());
    return CliRun.of(args.toArray(String[]::new));
  }

  /** The manifest, checked against schema/manifest.schema.json. */
  private static JsonNode manifest(Path out) throws IOException {
    JsonNode m = MAPPER.readTree(out.resolve("manifest.json").toFile());
    var schema = com.networknt.schema.SchemaRegistry
        .withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(Path.of("schema/manifest.schema.json"), StandardCharsets.UTF_8));
    assertEquals(List.of(), schema.validate(m), "manifest.json is valid");
    return m;
  }

  /** File names of the inputs extracted again because of the rule change, in input order. */
  private static List<String> rerun(JsonNode manifest) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : manifest.get("inputs")) {
      if (e.path("reason").asText().startsWith("re-run:")) {
        out.add(Path.of(e.get("path").asText()).getFileName().toString());
      }
    }
    return out;
  }

  private static String reason(JsonNode manifest, String pathEnd) {
    for (JsonNode e : manifest.get("inputs")) {
      if (e.get("path").asText().endsWith(pathEnd)) {
        return e.path("reason").asText();
      }
    }
    throw new AssertionError("no input " + pathEnd);
  }

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
    }
  }
}
