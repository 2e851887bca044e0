package org.planextract.cli;

import org.planextract.HeadlessChromium;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planextract.TestCorpus;

/**
 * The annotator's loop end to end: the review page, opened in headless Chromium, filters to the
 * misses and jumps to one (j), marks an extracted target wrong and adds a missed one, and exports
 * corrections.json; {@code fixtures apply} merges it into a copy of the fixtures; eval then
 * scores the changed fixture (the removed target is an extra, the added one a miss).
 */
class AnnotatorLoopBrowserTest {
  private static final String DOC = TestCorpus.docIds().get(4);

  @TempDir
  Path tmp;

  @Test
  void correctionsExportedFromThePageBecomeFixtures() throws IOException, InterruptedException {
    HeadlessChromium.assumeInstalled();
    Path fixtures = Files.createDirectories(tmp.resolve("fixtures"));
    Files.copy(TestCorpus.FIXTURES.resolve(DOC + ".expected.json"), fixtures.resolve(DOC + ".expected.json"));
    Path plan = TestCorpus.file(DOC, "txt");
    Path review = tmp.resolve("review");
    assertEquals(0, CliRun.of("review", "--out", review.toString(), "--expected", fixtures.toString(), plan.toString()).code());
    Path out = tmp.resolve("out");
    assertEquals(0, CliRun.of("extract", "-q", "--out", out.toString(), plan.toString()).code());
    CliRun before = CliRun.of("eval", "--expected", fixtures.toString(), "--actual", out.toString(), "--fields", "targets");
    assertTrue(!before.out().contains("测试床位率"), before.out());

    // The first extracted target (not a fact) (a hit: the plan's targets have precision 1.0) is the one marked wrong.
    com.fasterxml.jackson.databind.JsonNode target = null;
    for (var t : new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve(DOC + ".json").toFile()).path("targets")) {
      if (target == null && t.path("kind").asText().equals("target")) {
        target = t;
      }
    }
    int line = target.path("line").asInt();
    String indicator = target.path("canonicalId").isTextual() ? target.path("canonicalId").asText() : target.path("indicator").asText();
    String actions = "[{\"op\":\"filter\",\"misses\":true},{\"op\":\"next\"},{\"who\":\"anna\"},"
        + "{\"op\":\"wrong\",\"kind\":\"target\",\"line\":" + line + "},"
        + "{\"op\":\"add\",\"kind\":\"target\",\"line\":" + line + ",\"fields\":{\"kind\":\"target\",\"indicator\":\"测试床位率\","
        + "\"value\":{\"kind\":\"level\",\"op\":\"=\",\"value\":42,\"unit\":\"%\",\"year\":2025}}},{\"op\":\"export\"}]";
    String url = review.resolve(DOC + ".html").toAbsolutePath().toUri() + "#do="
        + URLEncoder.encode(actions, StandardCharsets.UTF_8).replace("+", "%20");
    String dom = chromium("--dump-dom", url);
    Matcher count = Pattern.compile("id=\"count\">(\\d+) of (\\d+) lines").matcher(dom);
    assertTrue(count.find(), "line count shown");
    assertTrue(Integer.parseInt(count.group(1)) < Integer.parseInt(count.group(2)), "the misses filter hides lines");
    assertTrue(dom.contains(" current\" id=\"L225\""), "j jumped to the first miss");
    Matcher exported = Pattern.compile("<textarea id=\"exported\"[^>]*>(.*?)</textarea>", Pattern.DOTALL).matcher(dom);
    assertTrue(exported.find(), "export textarea");
    String json = exported.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    assertTrue(json.contains("\"format\": \"plan-extract-corrections\"") && json.contains("\"who\": \"anna\""), json);
    Path corrections = Files.writeString(tmp.resolve("corrections.json"), json, StandardCharsets.UTF_8);

    CliRun apply = CliRun.of("fixtures", "apply", corrections.toString(), "--fixtures", fixtures.toString());
    assertEquals(0, apply.code(), apply.err());
    assertTrue(apply.out().contains(DOC + " target line " + line + ": removed " + indicator), apply.out());
    assertTrue(apply.out().contains(DOC + " target line " + line + ": added 测试床位率 = 42 (2025)"), apply.out());
    assertTrue(apply.out().contains("2 corrections, 1 fixture files written"), apply.out());

    CliRun after = CliRun.of("eval", "--expected", fixtures.toString(), "--actual", out.toString(), "--fields", "targets");
    assertTrue(after.out().contains("MISS  " + DOC + " targets line " + line + ": 测试床位率 = 42 (2025)"), after.out());
    assertTrue(after.out().contains("EXTRA " + DOC + " targets line " + line + ": " + indicator), after.out());
    String fixture = Files.readString(fixtures.resolve(DOC + ".expected.json"), StandardCharsets.UTF_8);
    assertTrue(fixture.contains("\"who\": \"anna\""), "who/when kept in the fixture's annotations");
  }

  private Path profile() {
    return tmp.resolve("chrome-profile");
  }

  private String chromium(String... args) throws IOException, InterruptedException {
    return new HeadlessChromium(profile()).run(args);
  }
}
