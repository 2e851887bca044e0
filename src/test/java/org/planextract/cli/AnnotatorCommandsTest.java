package org.planextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planextract.TestCorpus;
import org.planextract.rules.RuleLoader;

/** rules test, explain, review and eval from the command line, as an annotator runs them. */
class AnnotatorCommandsTest {
  @TempDir
  Path tmp;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void rulesTestPassesAndReportsABrokenExample() throws IOException {
    CliRun ok = run("rules", "test", "--rules", "rules");
    assertEquals(0, ok.code(), ok.out());
    assertTrue(ok.out().contains("PASS values.yaml value:≥25%"), ok.out());
    Path rules = Files.createDirectories(tmp.resolve("rules"));
    for (String f : RuleLoader.FILES) {
      Files.copy(Path.of("rules", f), rules.resolve(f));
    }
    Path values = rules.resolve("values.yaml");
    Files.writeString(values, Files.readString(values, StandardCharsets.UTF_8)
        .replace("\"<=\": [\"≤\", \"≦\", \"<=\", \"不高于\",", "\"<=\": [\"≤\", \"≦\", \"<=\","), StandardCharsets.UTF_8);
    Files.writeString(values, Files.readString(values, StandardCharsets.UTF_8)
        + "  - {raw: \"不高于25%\", kind: level, op: \"<=\", value: \"25\", unit: \"%\"}\n", StandardCharsets.UTF_8);
    CliRun broken = run("rules", "test", "--rules", rules.toString(), "--failures-only");
    assertEquals(1, broken.code(), broken.out());
    assertTrue(broken.out().contains("FAIL values.yaml value:不高于25%"), broken.out());
    CliRun extract = run("extract", "--rules", rules.toString(), "--out", tmp.resolve("out").toString(), TestCorpus.CORPUS.toString());
    assertEquals(2, extract.code(), "a failing example stops extraction");
    assertTrue(extract.err().contains("values.yaml") && extract.err().contains("不高于25%"), extract.err());
  }

  @Test
  void explainSaysWhichRuleMadeATarget() {
    CliRun r = run("explain", TestCorpus.file(TestCorpus.docIds().get(2), "txt").toString(), "--line", "204");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("extract: target by rule target-level: 严重精神障碍患者规范管理率"), r.out());
    CliRun ind = run("explain", TestCorpus.file(TestCorpus.docIds().get(0), "txt").toString(), "--indicator", "吸烟率");
    assertTrue(ind.out().contains("extract: indicator 7 15岁以上人群吸烟率"), ind.out());
    assertEquals(2, run("explain", "x.txt").code(), "--line or --indicator is required");
  }

  @Test
  void reviewWritesPagesAndEvalScoresAgainstFixtures() throws IOException {
    Path review = tmp.resolve("review");
    CliRun r = run("review", "--out", review.toString(), "--expected", TestCorpus.FIXTURES.toString(), TestCorpus.CORPUS.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.exists(review.resolve("index.html")));
    assertTrue(Files.exists(review.resolve(TestCorpus.docIds().get(4) + ".html")));

    Path out = tmp.resolve("out");
    assertEquals(0, run("extract", "-q", "--out", out.toString(), TestCorpus.CORPUS.toString()).code());
    CliRun eval = run("eval", "--expected", TestCorpus.FIXTURES.toString(), "--actual", out.toString(),
        "--fields", "sections,boxes,indicators,metadata", "--min-f1", "1.0");
    assertEquals(0, eval.code(), eval.out() + eval.err());
    CliRun targets = run("eval", "--expected", TestCorpus.FIXTURES.toString(), "--actual", out.toString(),
        "--fields", "targets", "--min-precision", "0.95", "--min-recall", "0.9");
    assertEquals(0, targets.code(), targets.out() + targets.err());
    assertTrue(targets.out().contains("TOTAL                        targets"), targets.out());
    CliRun strict = run("eval", "--expected", TestCorpus.FIXTURES.toString(), "--actual", out.toString(),
        "--fields", "targets", "--min-recall", "1.0");
    assertEquals(1, strict.code(), "two labelled targets are missed: recall is under 1.0");
    assertTrue(strict.err().contains("targets P 1.0000 R 0.96"), strict.err());
    Files.delete(out.resolve(TestCorpus.docIds().get(0) + ".json"));
    CliRun worse = run("eval", "--expected", TestCorpus.FIXTURES.toString(), "--actual", out.toString(),
        "--fields", "sections", "--min-f1", "1.0");
    assertEquals(1, worse.code(), "a missing plan drops F1 under --min-f1");
    assertTrue(worse.out().contains("MISS  " + TestCorpus.docIds().get(0) + " sections line 4: 1 一 规划背景"), worse.out());
  }
}
