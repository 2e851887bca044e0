package org.planextract;

import org.planextract.run.CorpusRun;
import org.planextract.run.RunOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.planextract.read.DocFixtures;
import org.planextract.read.PdfFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated bad and odd inputs, run together with the corpus in one folder: no crash, no hang,
 * the expected one-line error or a valid document for each, and every corpus plan still written.
 */
class RobustnessSuiteTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** File name → expected error code, or "ok". */
  private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

  @TempDir
  static Path tmp;
  private static JsonNode manifest;
  private static Path out;

  @BeforeAll
  static void runMixedFolder() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Random random = new Random(42);
    byte[] junk = new byte[8192];
    random.nextBytes(junk);
    String plan = Files.readString(TestCorpus.file(TestCorpus.docIds().get(1), "txt"), StandardCharsets.UTF_8);
    byte[] docx = Files.readAllBytes(TestCorpus.file(TestCorpus.docIds().get(0), "docx-word"));
    byte[] html = Files.readAllBytes(TestCorpus.file(TestCorpus.docIds().get(2), "html"));
    byte[] doc = Files.readAllBytes(TestCorpus.file(TestCorpus.docIds().get(3), "doc-word"));

    put(in, "empty.txt", new byte[0], "EMPTY");
    put(in, "zero.docx", new byte[0], "EMPTY");
    put(in, "random.txt", junk, "ENCODING");
    put(in, "random.docx", junk, "CORRUPT");
    put(in, "random.html", junk, "ENCODING");
    put(in, "random.htm", junk, "ENCODING");
    for (int pct : new int[] {5, 50, 95}) {
      put(in, "truncated-" + pct + ".docx", Arrays.copyOf(docx, docx.length * pct / 100), "CORRUPT");
      put(in, "truncated-" + pct + ".html", Arrays.copyOf(html, html.length * pct / 100), "ok-or-EMPTY");
    }
    for (int pct : new int[] {5, 50, 95}) {
      put(in, "truncated-" + pct + ".doc", Arrays.copyOf(doc, doc.length * pct / 100), "CORRUPT");
    }
    put(in, "random.doc", junk, "UNSUPPORTED_FORMAT");
    put(in, "random.wps", junk, "UNSUPPORTED_FORMAT");
    put(in, "zero.doc", new byte[0], "EMPTY");
    put(in, "workbook.doc", DocFixtures.excelWorkbook(), "UNSUPPORTED_FORMAT");
    put(in, "encrypted.doc", DocFixtures.encrypted(doc), "ENCRYPTED");
    put(in, "docx renamed.doc", docx, "ok");
    put(in, "doc renamed.docx", doc, "ok");
    put(in, "doc renamed.html", doc, "ok");
    put(in, "saved by wps.wps", doc, "ok");
    put(in, "gbk without marks.txt", plan.getBytes(Charset.forName("GBK")), "ok");
    put(in, "mixed-endings.txt", mixEndings(plan).getBytes(StandardCharsets.UTF_8), "ok");
    put(in, "卫生健康规划 副本.txt", plan.getBytes(StandardCharsets.UTF_8), "ok");
    put(in, "no-tables.txt", "某县“十四五”卫生健康规划\n一、发展基础\n到2025年，居民健康素养水平达到30%。\n二、保障措施\n".getBytes(StandardCharsets.UTF_8), "ok");
    put(in, "wide-table.txt", wideTable(500).getBytes(StandardCharsets.UTF_8), "ok");
    put(in, "long-line.txt", ("某县卫生健康规划\n" + "加强卫生健康服务能力建设，".repeat(150_000) + "\n").getBytes(StandardCharsets.UTF_8), "ok");
    put(in, "big.txt", (plan + "\n").repeat(20_000_000 / plan.getBytes(StandardCharsets.UTF_8).length + 1).getBytes(StandardCharsets.UTF_8), "ok");
    put(in, "nested.html", nested(20_000).getBytes(StandardCharsets.UTF_8), "ok");
    put(in, "images-only.docx", imagesOnly(), "EMPTY");
    byte[] pdf = Files.readAllBytes(TestCorpus.file(TestCorpus.docIds().get(3), "pdf-word"));
    put(in, "scan.pdf", PdfFixtures.imageOnly(3), "NO_TEXT_LAYER");
    put(in, "user-password.pdf", PdfFixtures.encrypted(pdf, "secret"), "ENCRYPTED");
    put(in, "owner-password-only.pdf", PdfFixtures.encrypted(pdf, ""), "ok");
    put(in, "unmapped-font.pdf", PdfFixtures.unmappedFont(), "ENCODING");
    put(in, "random.pdf", junk, "CORRUPT");
    put(in, "zero.pdf", new byte[0], "EMPTY");
    for (int pct : new int[] {5, 50, 95}) {
      put(in, "truncated-" + pct + ".pdf", Arrays.copyOf(pdf, pdf.length * pct / 100), "CORRUPT");
    }
    zipBomb(in.resolve("bomb.docx"));
    EXPECTED.put("bomb.docx", "CORRUPT");
    for (String docId : TestCorpus.docIds()) {
      Files.copy(TestCorpus.file(docId, "txt"), in.resolve(docId + ".txt"));
      EXPECTED.put(docId + ".txt", "ok");
    }
    out = tmp.resolve("out");
    RunOptions options = new RunOptions(out, RunOptions.DEFAULT_MAX_BYTES, 2, Duration.ofSeconds(120), false);
    new CorpusRun(CorpusExtraction.extractor(), options).run(List.of(in), (e, d, t) -> { });
    manifest = MAPPER.readTree(out.resolve("manifest.json").toFile());
  }

  private static void put(Path dir, String name, byte[] bytes, String expected) throws IOException {
    Files.write(dir.resolve(name), bytes);
    EXPECTED.put(name, expected);
  }

  /** A .docx whose document part inflates from kilobytes to 60 MB: POI's zip-bomb guard must stop it. */
  private static void zipBomb(Path file) throws IOException {
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
      zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
          + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
      byte[] chunk = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 60; i++) {
        zip.write(chunk);
      }
      zip.closeEntry();
    }
  }

  private static String mixEndings(String text) {
    StringBuilder sb = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      sb.append(lines[i]);
      if (i < lines.length - 1) {
        // A bare CR before an empty line would read as CRLF: there only CRLF or LF can stand.
        boolean crAllowed = !lines[i + 1].isEmpty();
        sb.append(i % 3 == 0 ? "\r\n" : i % 3 == 1 && crAllowed ? "\r" : "\n");
      }
    }
    return sb.toString();
  }

  private static String wideTable(int columns) {
    StringBuilder sb = new StringBuilder("某县“十四五”卫生健康规划\n一、主要指标\n");
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < columns; c++) {
        sb.append('\t').append(r == 0 ? "指标" + c : Integer.toString(r * c)).append('\n');
      }
      sb.append('\n');
    }
    return sb.append('\n').toString();
  }

  private static String nested(int depth) {
    return "<html><head><meta charset=\"utf-8\"></head><body>" + "<div>".repeat(depth)
        + "<p>" + "某县“十四五”卫生健康规划。到2025年，居民健康素养水平达到30%。".repeat(10) + "</p>"
        + "</div>".repeat(depth) + "</body></html>";
  }

  private static byte[] imagesOnly() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      byte[] png = Base64Png.ONE_PIXEL;
      doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(png),
          org.apache.poi.common.usermodel.PictureType.PNG, "dot.png", 9525, 9525);
      doc.write(bytes);
      return bytes.toByteArray();
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
  }

  /** A 1×1 PNG. */
  private static final class Base64Png {
    static final byte[] ONE_PIXEL = java.util.Base64.getDecoder().decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
  }

  @Test
  void everyInputHasItsExpectedOutcome() {
    assertEquals(EXPECTED.size(), manifest.get("inputs").size());
    for (JsonNode entry : manifest.get("inputs")) {
      String name = Path.of(entry.get("path").asText()).getFileName().toString();
      String expected = EXPECTED.get(name);
      String status = entry.get("status").asText();
      String code = entry.get("errorCode").asText();
      assertNotEquals("INTERNAL", code, name + ": " + entry.get("error").asText());
      if (expected.equals("ok")) {
        assertEquals("ok", status, name + ": " + entry.get("error").asText());
      } else if (expected.equals("ok-or-EMPTY")) {
        assertTrue(status.equals("ok") || code.equals("EMPTY"), name + ": " + entry);
      } else {
        assertEquals(expected, code, name + ": " + entry.get("error").asText());
        assertTrue(entry.get("error").asText().lines().count() == 1, name);
      }
    }
  }

  @Test
  void okDocumentsAreWrittenAndAggregatesAgreeWithThem() throws IOException {
    int ok = manifest.get("ok").asInt();
    assertEquals(ok, Files.readAllLines(out.resolve("corpus.jsonl"), StandardCharsets.UTF_8).size());
    for (JsonNode entry : manifest.get("inputs")) {
      Path file = out.resolve(entry.get("docId").asText() + ".json");
      assertEquals(entry.get("status").asText().equals("ok"), Files.exists(file), entry.toString());
    }
    for (String docId : TestCorpus.docIds()) {
      assertTrue(Files.exists(out.resolve(docId + ".json")), docId);
    }
  }

  private static List<String> titles(JsonNode plan) {
    List<String> titles = new java.util.ArrayList<>();
    plan.get("sections").forEach(s -> titles.add(s.get("number").asText() + " " + s.get("title").asText()));
    return titles;
  }

  @Test
  void oddButValidInputsReadLikeTheOriginal() throws IOException {
    JsonNode original = MAPPER.readTree(out.resolve(TestCorpus.docIds().get(1) + ".json").toFile());
    for (String name : List.of("gbk without marks", "mixed-endings", "卫生健康规划 副本")) {
      JsonNode doc = MAPPER.readTree(out.resolve(name + ".json").toFile());
      assertEquals(original.get("sections").size(), doc.get("sections").size(), name);
      assertEquals(original.get("indicators").size(), doc.get("indicators").size(), name);
    }
    for (String[] renamed : new String[][] {{"docx renamed", "0"}, {"doc renamed", "3"}, {"doc renamed-2", "3"},
        {"saved by wps", "3"}}) {
      JsonNode plan = MAPPER.readTree(out.resolve(TestCorpus.docIds().get(Integer.parseInt(renamed[1])) + ".json").toFile());
      JsonNode doc = MAPPER.readTree(out.resolve(renamed[0] + ".json").toFile());
      assertEquals(titles(plan), titles(doc), renamed[0] + " read by content");
      assertEquals(plan.get("indicators").size(), doc.get("indicators").size(), renamed[0]);
    }
    assertEquals("GB18030", MAPPER.readTree(out.resolve("gbk without marks.json").toFile())
        .get("source").get("encoding").asText());
  }
}
