package org.planextract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planextract.model.Box;
import org.planextract.model.BoxItem;
import org.planextract.model.WarningCode;

class BoxReaderTest {

  @Test
  void oneCellTableBoxWithLabelledItems() {
    var f = new StructureFixture("""
        （一）提升医疗服务能力
        	专栏三  医疗服务能力提升工程
        	区域医疗中心：建设省级区域医疗中心1个。
        县级医院提标扩能：县级医院全部达到二级甲等水平。

        加强临床专科建设。
        """);
    assertEquals(1, f.boxes.size());
    Box box = f.boxes.get(0);
    assertEquals(3, box.number());
    assertEquals("专栏三", box.label());
    assertEquals("医疗服务能力提升工程", box.title());
    assertEquals("s1", box.sectionId());
    assertEquals(List.of(new BoxItem("区域医疗中心", "建设省级区域医疗中心1个。"),
        new BoxItem("县级医院提标扩能", "县级医院全部达到二级甲等水平。")), box.items());
    assertEquals(2, box.line());
  }

  /**
   * Boxes of plain lines whose items are marked (label：text, ——, ●): the first unmarked paragraph of
   * several clauses is body text after the box, not one more item; the mark is the item's label.
   */
  @Test
  void aBoxOfMarkedItemsEndsAtTheFirstUnmarkedLine() {
    var f = new StructureFixture("""
        一、主要任务
        专栏1 社会救助能力提升工程
        低保扩围：将低保边缘家庭纳入救助范围。
        临时救助：建立乡镇临时救助备用金制度。
        加强社会救助信息化建设，到2025年，困难群众救助信息核对率达到100%。
        专栏2
        养老服务设施建设工程
        ——建设县级失能特困人员集中照护机构5所。
        ●改造提升乡镇敬老院30所。
        推进居家社区养老，完善社区养老服务网络。
        专栏3 智慧民政工程
        建设民政大数据平台。
        推进婚姻登记全省通办。
        """);
    assertEquals(3, f.boxes.size());
    assertEquals(List.of(new BoxItem("低保扩围", "将低保边缘家庭纳入救助范围。"),
        new BoxItem("临时救助", "建立乡镇临时救助备用金制度。")), f.boxes.get(0).items());
    assertEquals("养老服务设施建设工程", f.boxes.get(1).title());
    assertEquals(List.of(new BoxItem("——", "建设县级失能特困人员集中照护机构5所。"),
        new BoxItem("●", "改造提升乡镇敬老院30所。")), f.boxes.get(1).items());
    assertEquals(2, f.boxes.get(2).items().size(), "plain items: the box goes on to the next heading");
  }

  @Test
  void subNumberedLabelAndNumberedItems() {
    var f = new StructureFixture("""
        一、重点任务
        	专栏 1-2 重点建设项目
        	1.市中心医院新院区
        	2.市疾控中心实验室
        """);
    Box box = f.boxes.get(0);
    assertEquals("专栏1-2", box.label());
    assertEquals(1, box.number());
    assertEquals(List.of(new BoxItem("1.", "市中心医院新院区"), new BoxItem("2.", "市疾控中心实验室")), box.items());
  }

  @Test
  void bareLabelTakesTitleFromNextLine() {
    var f = new StructureFixture("""
        	专栏5
        	健康服务业发展工程
        	发展健康管理、康复护理等新业态。
        """);
    Box box = f.boxes.get(0);
    assertEquals("健康服务业发展工程", box.title());
    assertEquals(1, box.items().size());
    assertNull(box.items().get(0).label());
  }

  @Test
  void plainLineBoxRunsToTheNextHeading() {
    var f = new StructureFixture("""
        一、主要任务
        （一）健康促进
        专栏1 健康促进行动
        （一）全民健康素养提升：开展健康科普。
        （二）控烟行动：建设无烟机关。
        （二）疾病预防
        """);
    assertEquals(List.of("1 一 主要任务", "2 一 健康促进", "2 二 疾病预防"), f.outlineLines());
    Box box = f.boxes.get(0);
    assertEquals(2, box.items().size());
    assertEquals("s1.1", box.sectionId());
  }

  @Test
  void boxBrokenOverTwoTablesIsOneBox() {
    var f = new StructureFixture("""
        	专栏二 医防协同工程
        	建立医防协同机制。


        	推动疾控人员进驻医院。


        正文继续。
        """);
    assertEquals(1, f.boxes.size());
    assertEquals(2, f.boxes.get(0).items().size());
  }

  @Test
  void boxNumberGapWarns() {
    var f = new StructureFixture("""
        	专栏1 甲


        	专栏3 丙
        """);
    assertEquals(2, f.boxes.size());
    assertTrue(f.diagnostics.warnings().stream().anyMatch(w -> w.code() == WarningCode.BOX_NUMBERING));
  }

  @Test
  void planWithoutBoxes() {
    var f = new StructureFixture("""
        一、发展基础
        专栏目前尚未设置。
        """);
    assertTrue(f.boxes.isEmpty());
  }
}
