package org.planextract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planextract.TestCorpus;
import org.planextract.decision.Decision;
import org.planextract.decision.Decisions;
import org.planextract.normalize.AlignedText;
import org.planextract.normalize.TextNormalizer;
import org.planextract.read.TxtReader;
import org.planextract.rules.RuleSet;

/** The region stage alone, on hand-made snippets of several sectors: where a 专栏 starts and ends. */
class RegionDetectorTest {
  private final RuleSet rules = TestCorpus.rules();
  private final RegionDetector detector = new RegionDetector(rules.boxes(), new HeadingCandidates(rules.heading()));
  private final Decisions decisions = new Decisions();

  private List<Unit> group(String text) {
    List<Unit> units = Unit.of(new TxtReader().read(text.getBytes(StandardCharsets.UTF_8)), new TextNormalizer());
    return detector.group(units, decisions);
  }

  private static List<String> lines(Unit unit) {
    return assertInstanceOf(Unit.BoxRegion.class, unit).lines().stream().map(AlignedText::clean).toList();
  }

  @Test
  void plainBoxEndsAtANumberedLineThatIsNoItem() {
    List<Unit> units = group("""
        （二）推进职业教育提质培优
        专栏4 职业教育产教融合工程
        1.实训基地：建成市级公共实训基地3个。
        2.双师型教师：占专业课教师比例达到60%。
        （三）办好特殊教育
        完善随班就读支持体系。
        """);
    assertEquals(4, units.size(), "heading, box, heading, paragraph");
    assertEquals(List.of("专栏4 职业教育产教融合工程", "1.实训基地：建成市级公共实训基地3个。",
        "2.双师型教师：占专业课教师比例达到60%。"), lines(units.get(1)));
    assertFalse(((Unit.BoxRegion) units.get(1)).tabular());
    assertInstanceOf(Unit.Text.class, units.get(2));
    List<Decision> items = decisions.list().stream().filter(d -> !d.accepted()).toList();
    assertEquals(2, items.size(), "each numbered item is a rejected heading candidate");
    assertTrue(items.get(0).reason().contains("item of the 专栏 box"));
  }

  @Test
  void labelledItemStaysInTheBoxWhateverItsNumber() {
    List<Unit> units = group("""
        专栏二 养老服务设施建设重点项目
        （三）街道综合养老服务中心：每个街道建成1所。
        新增护理型床位2000张。
        第三章 保障措施
        """);
    assertEquals(2, units.size());
    assertEquals(3, lines(units.get(0)).size(), "a labelled entry and the unnumbered line after it");
    assertInstanceOf(Unit.Text.class, units.get(1));
  }

  @Test
  void plainBoxEndsAtTheNextLabelOrTable() {
    List<Unit> units = group("""
        专栏1 医保经办服务工程
        推进医保服务窗口标准化建设。
        专栏2 医保信息化工程
        建成全省统一的医保信息平台。
        	指标
        	2025年
        """);
    assertEquals(3, units.size());
    assertEquals(2, lines(units.get(0)).size());
    assertEquals(2, lines(units.get(1)).size());
    assertInstanceOf(Unit.Tab.class, units.get(2));
  }

  @Test
  void aTableIsABoxOnlyWhenItsFirstLineIsALabel() {
    List<Unit> units = group("""
        	专栏 3 中医药传承创新工程
        	建设县级中医医院中医特色优势专科。

        	推进基层中医馆服务能力提升。

        说明：上述项目由县卫生健康局牵头。
        	指标名称
        	专栏设置数

        	中医馆
        	12
        """);
    assertEquals(3, units.size());
    assertTrue(((Unit.BoxRegion) units.get(0)).tabular());
    assertEquals(List.of("专栏 3 中医药传承创新工程", "建设县级中医医院中医特色优势专科。", "推进基层中医馆服务能力提升。"),
        lines(units.get(0)));
    assertInstanceOf(Unit.Text.class, units.get(1));
    assertInstanceOf(Unit.Tab.class, units.get(2), "a table that only mentions 专栏 further on");
  }

  @Test
  void theOutlineNeverSeesBoxLines() {
    var f = new StructureFixture("""
        一、主要任务
        专栏1 民政服务设施工程
        一、县级救助管理站：新建1所。
        二、儿童福利机构：改扩建2所。
        二、保障措施
        """);
    assertEquals(List.of("1 一 主要任务", "1 二 保障措施"), f.outlineLines());
    assertEquals(2, f.boxes.get(0).items().size());
  }
}
