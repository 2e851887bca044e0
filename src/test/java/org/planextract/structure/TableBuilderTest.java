package org.planextract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.planextract.model.TableKind;

/** Captions, kinds and header rows of tables, on snippets of several sectors. */
class TableBuilderTest {

  @Test
  void aBoxLabelStandingAloneAboveATableIsItsCaption() {
    var f = new StructureFixture("""
        一、发展目标
        专栏2 “十四五”时期民政事业发展主要指标
        	指标
        	单位
        	2020年
        	2025年
        	属性

        	每千名老年人拥有养老床位数
        	张
        	32
        	40
        	预期性
        """);
    assertEquals(1, f.tables.size());
    assertEquals("专栏2 “十四五”时期民政事业发展主要指标", f.tables.get(0).table().caption());
    assertEquals(TableKind.INDICATORS, f.tables.get(0).table().kind());
    assertEquals("s1", f.tables.get(0).table().sectionId());
  }

  @Test
  void aBoxWithItemsAboveATableGivesNoCaption() {
    var f = new StructureFixture("""
        专栏3 医保信息化工程
        1.建成统一的医保信息平台。
        2.推广医保电子凭证。
        	项目名称
        	建设内容

        	医保信息平台
        	全市统一部署
        """);
    assertEquals(1, f.boxes.size());
    assertEquals(2, f.boxes.get(0).items().size());
    assertEquals(1, f.tables.size());
    assertNull(f.tables.get(0).table().caption(), "an item of the box is no caption");
  }

  @Test
  void aParagraphAboveATableIsItsCaptionAHeadingIsNot() {
    var f = new StructureFixture("""
        一、主要指标
        表1 中医药发展主要指标
        	指标
        	2025年
        	属性

        	每千人口中医类别执业（助理）医师数
        	0.62
        	预期性

        二、重点任务
        	项目
        	投资

        	县中医院迁建
        	3亿元
        """);
    assertEquals("表1 中医药发展主要指标", f.tables.get(0).table().caption());
    assertNull(f.tables.get(1).table().caption(), "the heading above is the section, not a caption");
  }
}
