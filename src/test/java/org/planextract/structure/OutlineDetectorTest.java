package org.planextract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planextract.model.Section;
import org.planextract.model.WarningCode;

/** Outline rules on snippets written like other cities' plans (not copied from the corpus). */
class OutlineDetectorTest {

  @Test
  void chapterOnlyPlan() {
    var f = new StructureFixture("""
        某某市“十四五”全民健康规划
        第一章 发展基础
        “十三五”以来，全市卫生健康事业取得明显成效。
        第二章 总体要求
        坚持以人民健康为中心。
        第三章 保障措施
        """);
    assertEquals(List.of("1 一 发展基础", "1 二 总体要求", "1 三 保障措施"), f.outlineLines());
  }

  @Test
  void levelsFollowTheOrderSchemesAppearIn() {
    var f = new StructureFixture("""
        第一章 总体要求
        第一节 指导思想
        一、坚持人民至上
        二、坚持预防为主
        第二节 发展目标
        第二章 重点任务
        第一节 完善公共卫生体系
        """);
    assertEquals(List.of("1 一 总体要求", "2 一 指导思想", "3 一 坚持人民至上", "3 二 坚持预防为主",
        "2 二 发展目标", "1 二 重点任务", "2 一 完善公共卫生体系"), f.outlineLines());
    Section goals = f.outline.sections().get(4);
    assertEquals("s1", goals.parentId());
    assertEquals("s1.2", goals.id());
  }

  /**
   * A scheme's level is where its current run lives: 1. comes right under 一、 in the first chapter
   * and under （一） in the second, and goes back under 三、 in the third.
   */
  @Test
  void aSchemeRestartingUnderAnotherSchemeNestsThere() {
    var f = new StructureFixture("""
        一、总体要求
        1.指导思想
        2.基本原则
        二、主要任务
        （一）发展学前教育
        1.扩大普惠资源
        2.提升保教质量
        （二）发展义务教育
        1.推进优质均衡
        三、保障措施
        1.加强组织领导
        """);
    assertEquals(List.of("1 一 总体要求", "2 1 指导思想", "2 2 基本原则", "1 二 主要任务", "2 一 发展学前教育",
        "3 1 扩大普惠资源", "3 2 提升保教质量", "2 二 发展义务教育", "3 1 推进优质均衡", "1 三 保障措施",
        "2 1 加强组织领导"), f.outlineLines());
    assertEquals("s2.1.2", f.outline.sections().get(6).id());
    assertEquals("s3.1", f.outline.sections().get(10).id());
  }

  /** Numbered lines that each end with ； are the items of a list (具体目标如下：), not headings. */
  @Test
  void numberedClausesEndingWithASemicolonAreListItems() {
    var f = new StructureFixture("""
        一、发展目标
        到2025年，全区养老服务体系更加完善，具体目标如下：
        1.养老机构护理型床位占比达到60%；
        2.社区日间照料机构覆盖率达到100%;
        3.每千名老年人拥有养老床位数达到40张。
        二、主要任务
        """);
    // The last item ends with 。 as a run-in heading may; alone it cannot open a level at 3.
    assertEquals(List.of("1 一 发展目标", "1 二 主要任务"), f.outlineLines());
  }

  /** A number alone on its line takes the short line below it as its title (layouts that break after 第一章). */
  @Test
  void aNumberAloneOnItsLineTakesTheTitleBelow() {
    var f = new StructureFixture("""
        第一章
        发展基础
        “十三五”时期，全区民政事业取得长足进步。
        第二章　总体要求
        第三章
        主要任务
        一、
        健全社会救助体系
        二、完善养老服务，推进医养结合。
        """);
    assertEquals(List.of("1 一 发展基础", "1 二 总体要求", "1 三 主要任务", "2 一 健全社会救助体系",
        "2 二 完善养老服务，推进医养结合"), f.outlineLines());
  }

  /** A short title spaced out one character at a time loses the spaces; a title of words keeps them. */
  @Test
  void letterSpacedTitlesAreClosedUp() {
    var f = new StructureFixture("""
        第一章　总　体　要　求
        第二章 保 障 措 施
        第三章 建设 “健康某市” 行动
        """);
    assertEquals(List.of("1 一 总体要求", "1 二 保障措施", "1 三 建设 “健康某市” 行动"), f.outlineLines());
  }

  /** A table of contents without page numbers (as gov-site pages print it) gives no sections. */
  @Test
  void tableOfContentsWithoutPageNumbers() {
    var f = new StructureFixture("""
        某区“十四五”民政事业发展规划
        目  录
        第一章 发展基础
        第二章 总体要求
        第三章 主要任务
        第一章 发展基础
        “十三五”时期，全区民政事业取得长足进步。
        第二章 总体要求
        第三章 主要任务
        """);
    assertEquals(List.of("1 一 发展基础", "1 二 总体要求", "1 三 主要任务"), f.outlineLines());
    assertEquals(6, f.outline.sections().get(0).line());
  }

  /** Decimal numbering (1 / 1.1 / 1.1.1), as technical and planning-institute documents write it. */
  @Test
  void decimalNumbering() {
    var f = new StructureFixture("""
        1 发展基础
        1.1 发展成就
        1.2 面临形势
        2 总体要求
        2.1 指导思想
        2.1.1 坚持党的领导
        2.1.2 坚持以人民为中心
        2.2 发展目标
        到2025年，5.5 万人次接受培训。
        """);
    assertEquals(List.of("1 1 发展基础", "2 1 发展成就", "2 2 面临形势", "1 2 总体要求", "2 1 指导思想",
        "3 1 坚持党的领导", "3 2 坚持以人民为中心", "2 2 发展目标"), f.outlineLines());
    assertEquals("s2.1.2", f.outline.sections().get(6).id());
  }

  @Test
  void fourLevelsWithHalfWidthParensAndCircledNumbers() {
    var f = new StructureFixture("""
        一、发展环境
        (一) 主要成就
        1. 健康水平持续提高
        ①人均预期寿命稳步增长
        ②孕产妇死亡率持续下降
        2. 服务体系日益健全
        (二) 面临挑战
        二、主要任务
        """);
    assertEquals(List.of("1 一 发展环境", "2 一 主要成就", "3 1 健康水平持续提高", "4 ① 人均预期寿命稳步增长",
        "4 ② 孕产妇死亡率持续下降", "3 2 服务体系日益健全", "2 二 面临挑战", "1 二 主要任务"), f.outlineLines());
  }

  @Test
  void runInHeadingTitleEndsAtFirstFullStopOrColon() {
    var f = new StructureFixture("""
        一、主要任务
        （一）织牢公共卫生防护网。健全疾病预防控制体系，到2025年建成区域公共卫生中心。
        （二）推进分级诊疗：以医联体建设为抓手，提升基层能力。
        """);
    assertEquals(List.of("1 一 主要任务", "2 一 织牢公共卫生防护网", "2 二 推进分级诊疗"), f.outlineLines());
    Section first = f.outline.sections().get(1);
    assertEquals("（一）织牢公共卫生防护网".length(), first.span().length());
  }

  @Test
  void wrappedHeadingIsJoined() {
    var f = new StructureFixture("""
        一、重点任务
        （一）深化医药卫生体制改革，推动公立医院高质量发展和优质资源
        扩容
        加快建设紧密型城市医疗集团。
        （二）加强人才队伍建设
        """);
    assertEquals(List.of("1 一 重点任务", "2 一 深化医药卫生体制改革，推动公立医院高质量发展和优质资源扩容",
        "2 二 加强人才队伍建设"), f.outlineLines());
  }

  @Test
  void shortHeadingIsNotJoinedWithACaption() {
    var f = new StructureFixture("""
        一、发展目标
        （一）主要指标
        主要健康指标表
        """);
    assertEquals(List.of("1 一 发展目标", "2 一 主要指标"), f.outlineLines());
  }

  @Test
  void mistypedNumberStaysAtItsLevelWithWarning() {
    var f = new StructureFixture("""
        一、健康促进
        （一）普及健康知识
        （二）开展全民健身
        (3)控制烟草危害
        （四）促进心理健康
        """);
    assertEquals(List.of("1 一 健康促进", "2 一 普及健康知识", "2 二 开展全民健身", "2 3 控制烟草危害",
        "2 四 促进心理健康"), f.outlineLines());
    assertTrue(f.diagnostics.warnings().stream().anyMatch(w -> w.code() == WarningCode.NUMBERING_MISTYPED));
  }

  @Test
  void gapAndRepeatAreKeptWithWarnings() {
    var f = new StructureFixture("""
        一、发展基础
        二、总体要求
        四、保障措施
        四、组织实施
        """);
    assertEquals(4, f.outline.sections().size());
    var codes = f.diagnostics.warnings().stream().map(w -> w.code()).toList();
    assertEquals(List.of(WarningCode.NUMBERING_GAP, WarningCode.NUMBERING_REPEAT), codes);
  }

  @Test
  void numberingContinuesAcrossParentsOrRestarts() {
    var f = new StructureFixture("""
        一、主要任务
        （一）公共卫生
        1.完善疾控体系
        2.加强应急能力
        （二）医疗服务
        3.推进医联体建设
        （三）中医药
        1.建设中医医院
        """);
    assertEquals(List.of("1 一 主要任务", "2 一 公共卫生", "3 1 完善疾控体系", "3 2 加强应急能力", "2 二 医疗服务",
        "3 3 推进医联体建设", "2 三 中医药", "3 1 建设中医医院"), f.outlineLines());
  }

  @Test
  void numberedItemsInsideBoxesAndTablesAreNotHeadings() {
    var f = new StructureFixture("""
        一、重点工程
        （一）公共卫生
        	专栏1-1 疾控能力提升工程
        	（一）疾控中心标准化建设：市县疾控中心达到建设标准。
        （二）实验室建设：建成生物安全二级实验室。

        （二）医疗服务
        """);
    assertEquals(List.of("1 一 重点工程", "2 一 公共卫生", "2 二 医疗服务"), f.outlineLines());
  }

  @Test
  void sentencesStartingWithNumbersAreNotHeadings() {
    var f = new StructureFixture("""
        一、发展基础
        2020年，全市人均预期寿命达到78.3岁。
        5.5%的居民参加了健康教育。
        三、四级手术占比明显提高。
        （一）主要成就
        """);
    assertEquals(List.of("1 一 发展基础", "2 一 主要成就"), f.outlineLines());
  }

  @Test
  void tableOfContentsLinesAreSkipped() {
    var f = new StructureFixture("""
        目  录
        一、发展基础……………………………………1
        二、总体要求……………………………………5
        一、发展基础
        二、总体要求
        """);
    assertEquals(List.of("1 一 发展基础", "1 二 总体要求"), f.outlineLines());
    assertEquals(4, f.outline.sections().get(0).line());
  }

  @Test
  void overlongNumberedParagraphIsBodyText() {
    var f = new StructureFixture("""
        一、主要任务
        1.围绕建设健康城市目标统筹推进医疗卫生服务体系建设进一步优化资源配置加快补齐公共卫生短板并推动优质医疗资源扩容和区域均衡布局
        """);
    assertEquals(List.of("1 一 主要任务"), f.outlineLines());
  }
}
