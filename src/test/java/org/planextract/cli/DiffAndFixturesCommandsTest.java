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

/** {@code diff} on two runs with different rules, and {@code fixtures add} from the command line. */
class DiffAndFixturesCommandsTest {
  @TempDir
  Path tmp;

  @Test
  void diffOfTwoRuleVersionsSaysWhatChangedAndWhatItDidToTheScore() throws IOException {
    Path rules = Files.createDirectories(tmp.resolve("rules"));
    for (String f : RuleLoader.FILES) {
      Files.copy(Path.of("rules", f), rules.resolve(f));
    }
    Path targets = rules.resolve("targets.yaml");
    String yaml = Files.readString(targets, StandardCharsets.UTF_8);
    int from = yaml.indexOf("  - id: target-bare");
    int to = yaml.indexOf("  - id: target-change");
    Files.writeString(targets, yaml.substring(0, from) + yaml.substring(to), StandardCharsets.UTF_8);
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertEquals(0, CliRun.of("extract", "-q", "--out", a.toString(), TestCorpus.CORPUS.toString()).code());
    assertEquals(0, CliRun.of("extract", "-q", "--rules", rules.toString(), "--out", b.toString(),
        TestCorpus.CORPUS.toString()).code());
    Path html = tmp.resolve("diff.html");
    CliRun diff = CliRun.of("diff", a.toString(), b.toString(), "--expected", TestCorpus.FIXTURES.toString(),
        "--html", html.toString());
    assertEquals(0, diff.code(), diff.err());
    assertTrue(diff.out().lines().anyMatch(l -> l.matches("\\S+ targets - line \\d+: .+ \\[broke a hit\\]")), diff.out());
    assertTrue(diff.out().lines().noneMatch(l -> l.contains(" sections ") || l.contains(" indicators ")),
        "only targets changed: " + diff.out());
    assertTrue(diff.out().contains("0 added") && diff.out().contains("broke a hit"), diff.out());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.contains("class=\"BROKE_HIT\"") && page.contains("<h2 id="), page);
    CliRun same = CliRun.of("diff", a.toString(), a.toString());
    assertEquals("0 added, 0 removed, 0 changed in 0 plans; 0 fixed a miss, 0 broke a hit, 0 removed an extra, 0 new extras",
        same.out().strip());
    assertEquals(2, CliRun.of("diff", a.toString(), tmp.resolve("nothing").toString()).code());
  }

  @Test
  void fixturesAddRecordsAMissFromTheCommandLine() throws IOException {
    Path fixtures = tmp.resolve("fixtures");
    CliRun add = CliRun.of("fixtures", "add", "--fixtures", fixtures.toString(), "--doc", "p9", "--kind", "target",
        "--line", "12", "--who", "wang", "--field", "indicator=每千人口注册护士数", "--field", "value.kind=level",
        "--field", "value.value=3.8", "--field", "value.unit=人", "--field", "value.year=2025");
    assertEquals(0, add.code(), add.err());
    assertTrue(add.out().contains("created " + fixtures.resolve("p9.expected.json")), add.out());
    assertTrue(add.out().contains("p9 target line 12: added 每千人口注册护士数 = 3.8 (2025)"), add.out());
    String fixture = Files.readString(fixtures.resolve("p9.expected.json"), StandardCharsets.UTF_8);
    assertTrue(fixture.contains("\"value\": 3.8") && fixture.contains("\"who\": \"wang\""), fixture);
    CliRun again = CliRun.of("fixtures", "add", "--fixtures", fixtures.toString(), "--doc", "p9", "--kind", "target",
        "--line", "12", "--field", "indicator=每千人口注册护士数", "--field", "value.value=3.8", "--field", "value.year=2025");
    assertTrue(again.out().contains("already in the fixture"), again.out());
    CliRun bad = CliRun.of("fixtures", "add", "--fixtures", fixtures.toString(), "--doc", "p9", "--kind", "table",
        "--line", "12");
    assertEquals(2, bad.code());
    assertEquals(1, bad.err().lines().count(), bad.err());
    assertTrue(bad.err().contains("kind 'table' is not one of"), bad.err());
    CliRun missing = CliRun.of("fixtures", "apply", tmp.resolve("none.json").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("CORRECTIONS " + tmp.resolve("none.json") + ": no such file"), missing.err());
  }
}
