package org.planextract.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planextract.TestCorpus;

/**
 * The hostile-input campaign of issue 14, run as CI runs it: every generated case in one folder
 * beside the five corpus plans (plus a FIFO and a symlink loop), extracted by a separate JVM with
 * {@code -Xmx512m} and child workers of 512 MB. Every good plan is written, every bad input is a
 * manifest entry with an acceptable code (never INTERNAL), manifest and aggregates are present and
 * agree, and no stack trace reaches stderr.
 */
class HostileCampaignTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  @TempDir
  static Path tmp;
  private static List<HostileCorpus.Case> cases;
  private static JsonNode manifest;
  private static Path out;
  private static String stderr;
  private static int exit;

  @BeforeAll
  static void run() throws Exception {
    MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNumberLength(100_000).build());
    Path in = Files.createDirectories(tmp.resolve("in"));
    cases = new HostileCorpus(in, 14).generate();
    for (String docId : TestCorpus.docIds()) {
      Files.copy(TestCorpus.file(docId, "txt"), in.resolve(docId + ".txt"));
    }
    Files.createSymbolicLink(in.resolve("loop"), in);
    boolean fifo = new ProcessBuilder("mkfifo", in.resolve("fifo.txt").toString()).start().waitFor() == 0;
    assertTrue(fifo || !Files.exists(in.resolve("fifo.txt")));
    out = tmp.resolve("out");
    Process p = ChildRun.start(tmp, "512m", "extract", "--isolation", "processes", "--worker-heap", "512m",
        "--threads", "2", "--time-limit", "10", "-q", "--out", out.toString(), in.toString());
    // A guard against a hang, not a speed assertion: each case is bounded by the time limit + grace.
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("the hostile run did not finish");
    }
    exit = p.exitValue();
    stderr = Files.readString(tmp.resolve("stderr.txt"), StandardCharsets.UTF_8);
    manifest = MAPPER.readTree(out.resolve("manifest.json").toFile());
  }

  @Test
  void everyInputIsAccountedForWithAnAcceptableOutcome() {
    Map<String, JsonNode> byName = new HashMap<>();
    for (JsonNode e : manifest.get("inputs")) {
      byName.put(Path.of(e.get("path").asText()).getFileName().toString(), e);
    }
    for (HostileCorpus.Case c : cases) {
      JsonNode e = byName.get(c.name());
      if (c.allowed().contains("skipped")) {
        assertEquals(null, e, c.name() + " is a review page, not a plan");
        continue;
      }
      assertNotNull(e, c.name() + " missing from the manifest");
      String outcome = e.get("status").asText().equals("ok") ? "ok" : e.get("errorCode").asText();
      assertTrue(c.allowed().contains(outcome), c.name() + ": " + outcome + " " + e.get("error").asText());
    }
    for (String docId : TestCorpus.docIds()) {
      assertEquals("ok", byName.get(docId + ".txt").get("status").asText(), docId);
    }
    assertFalse(byName.containsKey("fifo.txt"), "a FIFO is not a file");
    assertEquals(1, exit, "some failed, none fatal");
  }

  @Test
  void manifestAndAggregatesArePresentAndAgree() throws IOException {
    int ok = manifest.get("ok").asInt();
    assertEquals(manifest.get("documents").asInt(), manifest.get("inputs").size());
    assertEquals(ok, Files.readAllLines(out.resolve("corpus.jsonl"), StandardCharsets.UTF_8).size());
    assertTrue(Files.size(out.resolve("indicators.xlsx")) > 0);
    for (JsonNode e : manifest.get("inputs")) {
      if (e.get("docId").isNull()) {
        continue;
      }
      Path file = out.resolve(e.get("docId").asText() + ".json");
      assertEquals(e.get("status").asText().equals("ok"), Files.exists(file), e.toString());
    }
    assertEquals("manifest-2", docIdOf("manifest.txt"), "a plan never takes the manifest's name");
    assertEquals("plan-extract", manifest.get("tool").asText());
    assertEquals(10_000_000, manifest.get("limits").get("maxChars").asInt());
    assertEquals(200_000, manifest.get("limits").get("maxClauses").asInt());
    try (var files = Files.list(out)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "temp files left");
    }
    assertFalse(Files.exists(Path.of("/tmp/plan-extract-zip-slip.txt")), "zip slip wrote outside");
  }

  @Test
  void limitsAreNamedInTheReason() {
    assertTrue(errorOf("clauses-200k-lines.txt").contains("over max-clauses 200000"), errorOf("clauses-200k-lines.txt"));
    for (String name : List.of("deep-nested-tables.docx", "deep-nested-controls.docx")) {
      assertTrue(errorOf(name).startsWith("hostile .docx: ") && errorOf(name).contains("nested more than"), errorOf(name));
    }
  }

  @Test
  void formulasAreNeutralisedInTheCsv() throws IOException {
    String csv = Files.readString(out.resolve("indicators.csv"), StandardCharsets.UTF_8);
    assertTrue(csv.contains("'=HYPERLINK"), csv);
    assertFalse(csv.contains(",=HYPERLINK") || csv.contains("\"=HYPERLINK"), csv);
    assertTrue(csv.contains("'@SUM"), csv);
  }

  @Test
  void stderrHasOneLinePerFailureAndNoStackTrace() {
    assertFalse(stderr.contains("\tat "), stderr);
    assertFalse(stderr.contains("Exception in thread"), stderr);
    assertTrue(stderr.contains("name\\nwith newline \\x1b[31mred.txt"), "file names are printed escaped: " + stderr);
    for (String line : stderr.split("\n")) {
      assertTrue(line.isEmpty() || line.startsWith("plan-extract: "), line);
    }
  }

  @Test
  void lyingCharsetsAreReadAsTheTextTheyHold() throws IOException {
    for (String name : List.of("lying-latin1", "lying-utf16", "meta-bogus-charset")) {
      JsonNode doc = MAPPER.readTree(out.resolve(name + ".json").toFile());
      assertTrue(doc.get("title").asText().contains("健康"), name + ": " + doc.get("title"));
    }
  }

  private static String errorOf(String name) {
    for (JsonNode e : manifest.get("inputs")) {
      if (Path.of(e.get("path").asText()).getFileName().toString().equals(name)) {
        return e.get("error").asText();
      }
    }
    return null;
  }

  private static String docIdOf(String name) {
    for (JsonNode e : manifest.get("inputs")) {
      if (Path.of(e.get("path").asText()).getFileName().toString().equals(name)) {
        return e.get("docId").asText();
      }
    }
    return null;
  }
}
