package org.planextract.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planextract.TestCorpus;
import org.planextract.decision.Decisions;
import org.planextract.model.TableKind;
import org.planextract.normalize.TextNormalizer;
import org.planextract.problems.Diagnostics;
import org.planextract.read.TxtReader;
import org.planextract.rules.RuleSet;
import org.planextract.structure.HeadingCandidates;
import org.planextract.structure.Outline;
import org.planextract.structure.OutlineDetector;
import org.planextract.structure.RegionDetector;
import org.planextract.structure.TableBuilder;
import org.planextract.structure.Unit;

/** Which lines targets are read from: never an indicator table's, in any of its parts. */
class TargetPassagesTest {
  private final RuleSet rules = TestCorpus.rules();

  @Test
  void anIndicatorTableBrokenInTwoGivesNoPassageFromEitherPart() {
    // Two blank lines end a table in the .txt layout: the second part is a table of its own,
    // right after the first, with no header, as a table broken over a page is read.
    String text = """
        一、发展目标
        到2025年，全市养老服务体系更加完善。
        	指标
        	单位
        	2020年
        	2025年
        	属性

        	养老机构护理型床位占比
        	%
        	45
        	55
        	约束性


        	社区养老服务设施覆盖率
        	%
        	80
        	100
        	预期性

        二、主要任务
        新增普惠型养老床位1000张。
        """;
    List<Unit> read = Unit.of(new TxtReader().read(text.getBytes(StandardCharsets.UTF_8)), new TextNormalizer());
    Decisions decisions = new Decisions();
    HeadingCandidates candidates = new HeadingCandidates(rules.heading());
    List<Unit> units = new RegionDetector(rules.boxes(), candidates).group(read, decisions);
    assertEquals(2, units.stream().filter(u -> u instanceof Unit.Tab).count(), "two tables as read");
    Outline outline = new OutlineDetector(rules.heading(), candidates).detect(units, new Diagnostics(), decisions);
    List<TableBuilder.Built> tables = new TableBuilder(rules.tables()).build(units, outline, decisions);
    assertEquals(1, tables.size(), "one indicator table");
    assertEquals(TableKind.INDICATORS, tables.get(0).table().kind());
    assertEquals(2, tables.get(0).table().rows().size());

    List<String> passages = new TargetPassages().of(units, outline, tables).stream()
        .map(p -> p.text().clean()).toList();
    assertTrue(passages.contains("到2025年，全市养老服务体系更加完善。"));
    assertTrue(passages.contains("新增普惠型养老床位1000张。"));
    assertTrue(passages.stream().noneMatch(p -> p.contains("床位占比") || p.contains("覆盖率") || p.equals("45")),
        "no line of either part: " + passages);
  }
}
