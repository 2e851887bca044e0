package org.planextract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planextract.model.ErrorCode;
import org.planextract.problems.PlanExtractException;

/**
 * rules/macros.yaml: shared fragments resolved at load, used by name in the other files; unknown
 * names, cycles and misuse are rule problems with file, line and macro; lines come from the parser.
 */
class MacrosTest {
  @TempDir
  Path dir;

  private void copyRules() throws IOException {
    new RulesCopy(dir).copy();
  }

  private void edit(String file, String from, String to) throws IOException {
    new RulesCopy(dir).edit(file, from, to);
  }

  private String load() {
    PlanExtractException e = assertThrows(PlanExtractException.class, () -> new RuleLoader().loadDirectory(dir));
    assertEquals(ErrorCode.BAD_RULES, e.code());
    return e.getMessage();
  }

  /** The 1-based line of the first line of {@code file} containing {@code text}. */
  private int lineOf(String file, String text) throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }

  @Test
  void sharedMacrosAreUsedByNameInOtherFiles() throws IOException {
    copyRules();
    RuleSet rules = new RuleLoader().loadDirectory(dir);
    // {SUB_MARKER} in indicators.yaml and tables.yaml: both strip 其中 / 含
    assertEquals(rules.dictionary().key("门诊人次"), rules.dictionary().key("其中：门诊人次"));
    assertTrue(rules.indicatorTables().subIndicatorPrefix().matcher("含 污水处理率").lookingAt());
    // {YEAR} in tables.yaml
    assertTrue(rules.indicatorTables().year().matcher("2030年").lookingAt());
    assertFalse(rules.indicatorTables().year().matcher("3030年").lookingAt());
  }

  @Test
  void aChangedMacroChangesEveryFileThatUsesIt() throws IOException {
    copyRules();
    // 并 as a sub-indicator marker too: one edit, seen by the dictionary and by the table rules
    edit("macros.yaml", "pattern: \"其中|含\"", "pattern: \"其中|含|并\"");
    RuleSet rules = new RuleLoader().loadDirectory(dir);
    assertEquals(rules.dictionary().key("道路面积"), rules.dictionary().key("并：道路面积"));
    assertTrue(rules.indicatorTables().subIndicatorPrefix().matcher("并：道路面积").lookingAt());
  }

  @Test
  void anUnknownMacroInATargetRuleNamesFileLineAndRule() throws IOException {
    copyRules();
    edit("targets.yaml", "(?<value>{UNIT_VALUE})", "(?<value>{UNIT_AMOUNT})");
    String message = load();
    int line = lineOf("targets.yaml", "id: target-bare");
    assertTrue(message.contains("targets.yaml: line " + line + ": rule target-bare: unknown macro {UNIT_AMOUNT}"),
        message);
  }

  @Test
  void aCycleIsARuleProblemOfMacrosYaml() throws IOException {
    copyRules();
    edit("macros.yaml", "pattern: \"-|~|～|—|–|至|到\"", "pattern: \"-|{LEVEL}\"");
    String message = load();
    int line = lineOf("macros.yaml", "name: RANGE_SEPARATOR");
    assertTrue(Pattern.compile("macros\\.yaml: line " + line + ": rule RANGE_SEPARATOR: macros form a cycle: "
        + "RANGE_SEPARATOR -> LEVEL -> RANGE_SEPARATOR").matcher(message).find()
        || message.contains("macros form a cycle: LEVEL -> RANGE_SEPARATOR -> LEVEL"), message);
  }

  @Test
  void aMacroMadeOfValueWordsCannotBeUsedInValuesYaml() throws IOException {
    copyRules();
    edit("values.yaml", "number: \"{NUMBER}\"", "number: \"{UNIT}\"");
    String message = load();
    assertTrue(message.contains("values.yaml: line " + lineOf("values.yaml", "number: \"{UNIT}\"")
        + ": rule number: macro {UNIT} is made of values.yaml words and cannot be used in values.yaml"), message);
  }

  @Test
  void aFileMayNotRedefineASharedMacro() throws IOException {
    copyRules();
    edit("indicators.yaml", "  PER_1000:", "  YEAR: \"[0-9]{4}\"\n  PER_1000:");
    assertTrue(load().contains("rule YEAR: macro YEAR is defined in macros.yaml too"));
  }

  @Test
  void aFailingMacroExampleAndABadDefinitionAreReported() throws IOException {
    copyRules();
    edit("macros.yaml", "examples: [{text: \"2025\"}", "examples: [{text: \"二〇二五\"}");
    edit("macros.yaml", "    words: annualWords", "    words: yearlyWords");
    String message = load();
    assertTrue(message.contains("rule YEAR: example \"二〇二五\" does not match"), message);
    assertTrue(message.contains("macros.yaml: line " + lineOf("macros.yaml", "name: ANNUAL")
        + ": rule ANNUAL: words must name a word list of values.yaml"), message);
  }

  /** Lines come from the parser: a broken rule in the middle of a file is named at its own line. */
  @Test
  void aBadRuleInTheMiddleOfAFileIsNamedAtItsLine() throws IOException {
    copyRules();
    // target-change is the fourth of five rules; its id is in a block mapping, its pattern two lines down
    edit("targets.yaml", "(?<value>(?:(?:(?<!占)比(?![例重率])|较)[^,;]{0,12}?)?{CHANGE})",
        "(?<value>(?:(?:(?<!占)比(?![例重率])|较)[^,;]{0,12}?)?{CHANGE}");
    String message = load();
    int line = lineOf("targets.yaml", "- id: target-change");
    assertTrue(line > 40, "the rule is in the middle of the file");
    assertTrue(message.contains("targets.yaml: line " + line + ": rule target-change: pattern does not compile"),
        message);
    // and a flow-mapping entry (indicators.yaml) is named at the line of its id
    copyRules();
    String id = "gps_per_10000";
    int at = lineOf("indicators.yaml", "id: " + id);
    assertTrue(at > 100, "the entry is in the middle of the file");
    edit("indicators.yaml", "{PER_10000}(?:合格的)?全科医生数", "{PER_10000}(?:合格的全科医生数");
    String second = load();
    assertTrue(second.contains("indicators.yaml: line " + at + ": rule " + id + ": pattern does not compile"), second);
  }

}
