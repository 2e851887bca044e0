package org.planextract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planextract.model.ErrorCode;
import org.planextract.problems.PlanExtractException;

/** Broken rule files are refused with every problem named by file and rule, before any document. */
class RuleLoaderTest {
  @TempDir
  Path dir;

  private Path copyRules() throws IOException {
    return new RulesCopy(dir).copy();
  }

  private void edit(String file, String from, String to) throws IOException {
    new RulesCopy(dir).edit(file, from, to);
  }

  private String readLine(int index) {
    try {
      return Files.readAllLines(dir.resolve("structure.yaml"), StandardCharsets.UTF_8).get(index);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String load() {
    PlanExtractException e = assertThrows(PlanExtractException.class, () -> new RuleLoader().loadDirectory(dir));
    assertEquals(ErrorCode.BAD_RULES, e.code());
    return e.getMessage();
  }

  @Test
  void projectRulesLoad() throws IOException {
    RuleSet rules = new RuleLoader().loadDirectory(copyRules());
    assertEquals(64, rules.sha256().length());
    assertEquals(new RuleLoader().loadDirectory(Path.of("rules")).sha256(), rules.sha256());
  }

  @Test
  void badRegexUnknownMacroAndFailingExampleAreAllReported() throws IOException {
    copyRules();
    edit("structure.yaml", "pattern: \"第\\\\s*(?<num>{CN_NUM}|{ARABIC})\\\\s*章\\\\s*\"", "pattern: \"第(?<num>[一二\"");
    edit("structure.yaml", "{OPEN}(?<num>{CN_NUM}){CLOSE}", "{OPEN}(?<num>{CN_NUMBER}){CLOSE}");
    edit("structure.yaml", "{text: \"一、规划背景\", number: \"一\", title: \"规划背景\"}",
        "{text: \"一、规划背景\", number: \"二\", title: \"规划背景\"}");
    String message = load();
    int line = java.util.stream.IntStream.range(0, Files.readAllLines(dir.resolve("structure.yaml")).size())
        .filter(i -> readLine(i).contains("id: chapter")).findFirst().orElseThrow() + 1;
    assertTrue(message.contains("structure.yaml: line " + line + ": rule chapter: pattern does not compile"), message);
    assertTrue(message.contains("rule cn-paren: unknown macro {CN_NUMBER}"), message);
    message = message.lines().filter(l -> l.contains("cn-dun")).findFirst().orElse(message);
    assertTrue(message.contains("number '一', expected '二'"), message);
  }

  /** A selector jsoup cannot parse stops the load (exit 2), instead of failing every web page later. */
  @Test
  void anInvalidCssSelectorIsARuleProblem() throws IOException {
    copyRules();
    String html = Files.readString(dir.resolve("html.yaml"), StandardCharsets.UTF_8);
    java.util.regex.Matcher first = java.util.regex.Pattern.compile("articleSelectors:\\s*\\n\\s*-\\s*(.+)").matcher(html);
    assertTrue(first.find(), html);
    edit("html.yaml", first.group(0), first.group(0).replace(first.group(1), "\"div.article[[\""));
    String message = load();
    assertTrue(message.contains("html.yaml") && message.contains("selector 'div.article[[' is not valid CSS"), message);
  }

  /** A target pattern that backtracks for hours on a long clause is refused at load, with its rule id. */
  @Test
  void aCatastrophicallyBacktrackingPatternIsARuleProblem() throws IOException {
    copyRules();
    edit("targets.yaml", "pattern: \"(?<indicator>.+?)(?<value>{LEVEL})\"",
        "pattern: \"(?<indicator>(?:.*?康){12}率)(?<value>{LEVEL})\"");
    String message = load();
    assertTrue(message.contains("rule target-level: pattern backtracks catastrophically"), message);
  }

  /** A YAML syntax problem carries the line the parser stopped at. */
  @Test
  void aYamlSyntaxErrorNamesTheParsersLine() throws IOException {
    copyRules();
    edit("targets.yaml", "maxClauseChars: 300", "maxClauseChars: [300");
    String message = load();
    assertTrue(java.util.regex.Pattern.compile("targets\\.yaml: line [0-9]+: ").matcher(message).find(), message);
  }

  @Test
  void duplicateIdsAreReported() throws IOException {
    copyRules();
    edit("tables.yaml", "id: table-kind-projects", "id: table-kind-indicators");
    String dup = load();
    assertTrue(dup.contains("tables.yaml: line") && dup.contains("rule table-kind-indicators: duplicate rule id"), dup);
  }

  @Test
  void unknownAndDuplicateKeysNameTheLine() throws IOException {
    copyRules();
    edit("metadata.yaml", "headLines: 8", "headLines: 8\nheadLine: 9");
    String message = load();
    assertTrue(message.contains("metadata.yaml: line") && message.contains("headLine"), message);
    Files.copy(Path.of("rules/metadata.yaml"), dir.resolve("metadata.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    edit("metadata.yaml", "headLines: 8", "headLines: 8\nheadLines: 9");
    message = load();
    assertTrue(message.contains("Duplicate field 'headLines'"), message);
  }

  /** regions.yaml is parsed on a second thread: its problems still come in file order, with their line. */
  @Test
  void problemsOfEveryFileComeInFileOrder() throws IOException {
    copyRules();
    edit("metadata.yaml", "headLines: 8", "headLines: 8\nheadLine: 9");
    edit("regions.yaml", "  - {name: 北京市, province: 北京市, level: province}",
        "  - {name: 北京市, province: 北京市, level: province, capital: true}");
    edit("macros.yaml", "macros:", "macro:\nmacros:");
    String message = load();
    int metadata = message.indexOf("metadata.yaml: line");
    int regions = message.indexOf("regions.yaml: line 8");
    int macros = message.indexOf("macros.yaml: line");
    assertTrue(metadata >= 0 && regions > metadata && macros > regions, message);
    assertTrue(message.contains("capital"), message);
  }

  @Test
  void missingPatternGroupIsReported() throws IOException {
    copyRules();
    edit("metadata.yaml", "fiveYearPlan: \"(?<n>十[一二三四五六七八九])(?:五|个五年)\"",
        "fiveYearPlan: \"(十[一二三四五六七八九])(?:五|个五年)\"");
    assertTrue(load().contains("rule fiveYearPlan: pattern lacks the named group (?<n>...)"));
  }

  @Test
  void missingFolder() {
    PlanExtractException e = assertThrows(PlanExtractException.class,
        () -> new RuleLoader().loadDirectory(dir.resolve("nope")));
    assertEquals(ErrorCode.BAD_RULES, e.code());
  }

  @Test
  void bundledRulesEqualTheProjectRules() {
    assertEquals(new RuleLoader().loadDirectory(Path.of("rules")).sha256(), new RuleLoader().loadBundled().sha256());
  }
}
