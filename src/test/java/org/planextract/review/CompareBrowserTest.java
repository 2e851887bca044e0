package org.planextract.review;

import org.planextract.HeadlessChromium;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planextract.CorpusExtraction;
import org.planextract.TestCorpus;
import org.planextract.model.PlanDocument;
import org.planextract.run.CorpusRun;
import org.planextract.write.AggregateWriter;
import org.planextract.write.AtomicFiles;
import org.planextract.write.JsonOutput;
import org.planextract.write.OutputFolder;

/**
 * compare.html over the five corpus plans as a person sees it: opened in headless Chromium, every
 * shared indicator has its section with a chart (or its list of targets without a number), values
 * link to the review pages, and a screenshot is kept in target/compare-screenshot.png. Also the
 * review page's list of text/table disagreements. Chromium is required in CI only.
 */
class CompareBrowserTest {

  @TempDir
  static Path tmp;
  private static Path out;

  @BeforeAll
  static void writeOutputs() throws IOException {
    out = tmp.resolve("out");
    List<Path> inputs = TestCorpus.docIds().stream().map(id -> TestCorpus.file(id, "txt")).toList();
    List<String> problems = new ReviewRun(CorpusExtraction.extractor()).run(inputs, out.resolve("review"), null);
    assertTrue(problems.isEmpty(), problems.toString());
    JsonOutput json = new JsonOutput();
    List<Path> files = new ArrayList<>();
    for (String id : TestCorpus.docIds()) {
      Path f = out.resolve(id + ".json");
      Files.writeString(f, json.pretty(CorpusExtraction.extract(id, "txt")), StandardCharsets.UTF_8);
      files.add(f);
    }
    new AggregateWriter(new OutputFolder().reader(), json, new AtomicFiles(),
        CorpusRun.exportContext(TestCorpus.rules())).writeComparison(files, out);
  }

  @Test
  void reviewPageListsDisagreementsBesideTheTable() throws IOException {
    String withMismatch = TestCorpus.docIds().stream()
        .filter(id -> !CorpusExtraction.extract(id, "txt").reconciliation().disagreeing().isEmpty()).findFirst()
        .orElseThrow();
    PlanDocument doc = CorpusExtraction.extract(withMismatch, "txt");
    String page = Files.readString(out.resolve("review").resolve(withMismatch + ".html"), StandardCharsets.UTF_8);
    assertTrue(page.contains("Text and table disagree (" + doc.reconciliation().disagreeing().size() + ")"));
    int line = doc.reconciliation().disagreeing().get(0).textLine();
    assertTrue(page.contains("<a href=\"#L" + line + "\">"));
  }

  @Test
  void chromiumRendersAChartPerSharedIndicator() throws IOException, InterruptedException {
    String page = Files.readString(out.resolve("compare.html"), StandardCharsets.UTF_8);
    assertTrue(page.contains("href=\"review/"), "values link to the review pages");
    HeadlessChromium.assumeInstalled();
    String url = out.resolve("compare.html").toAbsolutePath().toUri().toString();
    String dom = chromium("--dump-dom", url);
    String[] sections = dom.split("<section class=\"ind\"", -1);
    assertTrue(sections.length > 5, "sections rendered");
    for (int i = 1; i < sections.length; i++) {
      String s = sections[i];
      assertTrue(s.contains("<svg class=\"chart\"") || s.contains("class=\"side\""), "chart or list in section " + i);
    }
    assertEquals(page.split("<svg", -1).length, dom.split("<svg", -1).length, "every chart in the DOM");
    Path shot = Path.of("target", "compare-screenshot.png").toAbsolutePath();
    Files.deleteIfExists(shot);
    chromium("--screenshot=" + shot, "--window-size=1300,2400", url);
    // A blank page compresses to about 11 kB; index, text and charts make several hundred.
    assertTrue(Files.size(shot) > 100_000, "screenshot shows the page: " + Files.size(shot) + " bytes");
  }

  private static String chromium(String... args) throws IOException, InterruptedException {
    return new HeadlessChromium(tmp.resolve("chrome-profile")).run(args);
  }
}
