package org.planextract.review;

import org.planextract.HeadlessChromium;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planextract.CorpusExtraction;
import org.planextract.TestCorpus;

/**
 * The review report as a person sees it: opened in headless Chromium, its indicator table and
 * highlights are there, and a screenshot is kept in target/review-screenshot.png. In CI
 * (CI=true) Chromium must be installed; elsewhere the browser checks are skipped without it.
 */
class ReviewReportBrowserTest {

  @TempDir
  static Path tmp;
  private static Path out;
  private static final String DOC = TestCorpus.docIds().get(2);

  @BeforeAll
  static void writeReport() throws IOException {
    out = tmp.resolve("review");
    List<String> problems = new ReviewRun(CorpusExtraction.extractor())
        .run(List.of(TestCorpus.file(DOC, "txt"), TestCorpus.file(TestCorpus.docIds().get(0), "txt")), out, TestCorpus.FIXTURES);
    assertTrue(problems.isEmpty(), problems.toString());
  }

  @Test
  void pageIsSelfContainedAndMarksTheExtractions() throws IOException {
    String page = Files.readString(out.resolve(DOC + ".html"), StandardCharsets.UTF_8);
    assertTrue(page.contains("class=\"ind-table\""));
    assertTrue(page.contains("class=\"sec\""));
    assertTrue(page.contains("class=\"tgt\" title=\"target · rule target-level"));
    assertTrue(page.contains("class=\"box\""));
    assertTrue(page.contains("<h3>Against the fixture</h3>"));
    // Self-contained: its tools are an inline script, nothing is loaded from a file or the network.
    assertTrue(!page.contains("http://") && !page.contains("https://") && !page.contains("<script src")
        && !page.contains("<link"), "self-contained");
    String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
    assertTrue(index.contains("href=\"" + DOC + ".html\""));
  }

  @Test
  void chromiumRendersIndicatorTableAndHighlights() throws IOException, InterruptedException {
    HeadlessChromium.assumeInstalled();
    Path page = out.resolve(DOC + ".html").toAbsolutePath();
    String dom = chromium("--dump-dom", page.toUri().toString());
    assertTrue(dom.contains("class=\"ind-table\""), "indicator table in the rendered DOM");
    int rows = dom.split("<tr title=").length - 1;
    assertEquals(CorpusExtraction.extract(DOC, "txt").indicators().size(), rows, "one row per indicator");
    assertTrue(dom.contains("class=\"tgt\""), "target highlights in the rendered DOM");
    Path shot = Path.of("target", "review-screenshot.png").toAbsolutePath();
    Files.deleteIfExists(shot);
    chromium("--screenshot=" + shot, "--window-size=1400,1800", page.toUri().toString());
    assertTrue(Files.size(shot) > 10_000, "screenshot written");
  }

  private static String chromium(String... args) throws IOException, InterruptedException {
    return new HeadlessChromium(tmp.resolve("chrome-profile")).run(args);
  }
}
