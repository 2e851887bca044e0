package org.planextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.planextract.TestCorpus;

/** The command line in-process: exit codes 0/1/2, one-line errors, manifest entries, no partial files. */
class ExtractCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path tmp;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void extractsTheCorpusWithExitZero() throws IOException {
    Path out = tmp.resolve("out");
    CliRun r = run("extract", "--out", out.toString(), TestCorpus.CORPUS.toString());
    assertEquals(0, r.code(), r.err());
    for (String docId : TestCorpus.docIds()) {
      assertTrue(Files.isRegularFile(out.resolve(docId + ".json")), docId);
    }
    List<String> lines = Files.readAllLines(out.resolve("corpus.jsonl"), StandardCharsets.UTF_8);
    assertEquals(TestCorpus.docIds().size(), lines.size());
    assertEquals(TestCorpus.docIds().get(0), MAPPER.readTree(lines.get(0)).get("docId").asText());
    JsonNode manifest = MAPPER.readTree(out.resolve("manifest.json").toFile());
    assertEquals(5, manifest.get("ok").asInt());
    assertEquals(64, manifest.get("rulesSha256").asText().length());
    assertTrue(Files.readString(out.resolve("indicators.csv"), StandardCharsets.UTF_8).startsWith("\ufeffdocId,"));
    try (Stream<Path> files = Files.list(out)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "temp files left");
    }
  }

  static Stream<Arguments> badInputs() {
    byte[] docx;
    byte[] doc;
    try {
      docx = Files.readAllBytes(TestCorpus.file(TestCorpus.docIds().get(0), "docx"));
      doc = Files.readAllBytes(TestCorpus.file(TestCorpus.docIds().get(0), "doc"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    byte[] junk = new byte[4096];
    new java.util.Random(7).nextBytes(junk);
    String noArticle = "<html><head><meta charset=\"utf-8\"></head><body><div class=\"header\">首页</div>"
        + "<div class=\"footer\">版权所有</div></body></html>";
    return Stream.of(
        Arguments.of("empty.txt", new byte[0], "EMPTY"),
        Arguments.of("blank.txt", "  \n\n \r\n".getBytes(StandardCharsets.UTF_8), "EMPTY"),
        Arguments.of("junk.txt", junk, "ENCODING"),
        Arguments.of("junk.docx", junk, "CORRUPT"),
        Arguments.of("empty.docx", new byte[0], "EMPTY"),
        Arguments.of("truncated.docx", Arrays.copyOf(docx, docx.length / 2), "CORRUPT"),
        Arguments.of("truncated-early.docx", Arrays.copyOf(docx, 200), "CORRUPT"),
        Arguments.of("noarticle.html", noArticle.getBytes(StandardCharsets.UTF_8), "EMPTY"),
        // PDF is read now: a bare header is a PDF cut short.
        Arguments.of("plan.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), "CORRUPT"),
        Arguments.of("plan.rtf", "{\\rtf1 plan}".getBytes(StandardCharsets.US_ASCII), "UNSUPPORTED_FORMAT"),
        Arguments.of("junk.doc", junk, "UNSUPPORTED_FORMAT"),
        Arguments.of("empty.wps", new byte[0], "EMPTY"),
        Arguments.of("truncated.doc", Arrays.copyOf(doc, doc.length / 2), "CORRUPT"));
  }

  @ParameterizedTest(name = "{0} → {2}")
  @MethodSource("badInputs")
  void badInputFailsAloneWithOneLineError(String name, byte[] content, String code) throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Path bad = in.resolve(name);
    Files.write(bad, content);
    Path good = TestCorpus.file(TestCorpus.docIds().get(1), "txt");
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    String stem = name.substring(0, name.lastIndexOf('.'));
    Files.writeString(out.resolve(stem + ".json"), "stale");

    CliRun r = run("extract", "-q", "--out", out.toString(), bad.toString(), good.toString());

    assertEquals(1, r.code());
    List<String> errLines = r.err().lines().toList();
    assertEquals(1, errLines.size(), r.err());
    assertTrue(errLines.get(0).contains(name) && errLines.get(0).contains(code), r.err());
    assertFalse(r.err().contains("\tat "), "stack trace printed");
    assertTrue(Files.isRegularFile(out.resolve(TestCorpus.docIds().get(1) + ".json")), "good plan written");
    assertFalse(Files.exists(out.resolve(stem + ".json")), "stale output of the failed input removed");
    JsonNode manifest = MAPPER.readTree(out.resolve("manifest.json").toFile());
    JsonNode entry = manifest.get("inputs").get(0);
    assertEquals("failed", entry.get("status").asText());
    assertEquals(code, entry.get("errorCode").asText());
    assertEquals(1, manifest.get("failed").asInt());
    assertEquals(1, manifest.get("ok").asInt());
  }

  @Test
  void missingPathAndFolderWithoutPlansAreFailedInputs() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("nothing-here"));
    Files.writeString(empty.resolve("notes.md"), "not a plan");
    Path out = tmp.resolve("out");
    CliRun r = run("extract", "-q", "--out", out.toString(), tmp.resolve("missing.txt").toString(), empty.toString());
    assertEquals(1, r.code());
    assertEquals(2, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("no such file"), r.err());
    assertTrue(r.err().contains("holds no .txt, .docx, .doc, .wps or .html files"), r.err());
  }

  @Test
  void unreadableFileIsAFailedInput() throws IOException {
    Path file = tmp.resolve("locked.txt");
    Files.writeString(file, "乌海市“十四五”卫生健康事业发展规划\n一、规划背景\n", StandardCharsets.UTF_8);
    assertTrue(file.toFile().setReadable(false));
    org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(file), "running as a user who reads everything");
    CliRun r = run("extract", "--out", tmp.resolve("out").toString(), file.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("permission denied"), r.err());
  }

  @Test
  void duplicateStemsFromDifferentFoldersAreBothWritten() throws IOException {
    Path a = Files.createDirectories(tmp.resolve("a"));
    Path b = Files.createDirectories(tmp.resolve("b"));
    Path src = TestCorpus.file(TestCorpus.docIds().get(0), "txt");
    Files.copy(src, a.resolve("plan.txt"));
    Files.copy(src, b.resolve("plan.txt"));
    Path out = tmp.resolve("out");
    assertEquals(0, run("extract", "--out", out.toString(), a.toString(), b.toString()).code());
    assertTrue(Files.exists(out.resolve("plan.json")));
    assertTrue(Files.exists(out.resolve("plan-2.json")));
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, run("extract", TestCorpus.CORPUS.toString()).code(), "missing --out");
    assertEquals(2, run("extract", "--out", tmp.toString()).code(), "missing input");
    assertEquals(2, run("frobnicate").code());
    assertEquals(2, run().code());
  }

  @Test
  void invalidRulesExitTwoBeforeAnyDocument() throws IOException {
    Path rules = Files.createDirectories(tmp.resolve("rules"));
    for (String f : org.planextract.rules.RuleLoader.FILES) {
      Files.copy(Path.of("rules", f), rules.resolve(f));
    }
    Files.writeString(rules.resolve("tables.yaml"),
        Files.readString(rules.resolve("tables.yaml")).replace("captionMaxChars: 50", "captionMaxChars: 50\ncolour: red"));
    Path out = tmp.resolve("out");
    CliRun r = run("extract", "--rules", rules.toString(), "--out", out.toString(), TestCorpus.CORPUS.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("tables.yaml") && r.err().contains("colour"), r.err());
    assertFalse(Files.exists(out.resolve("manifest.json")));
  }

  @Test
  void helpAndVersion() {
    CliRun help = run("--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("extract") && help.out().contains("eval"), help.out());
    CliRun version = run("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().startsWith("plan-extract "), version.out());
  }
}
