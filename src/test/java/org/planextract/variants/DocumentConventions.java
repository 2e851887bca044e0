package org.planextract.variants;

import java.util.ArrayList;
import java.util.List;
import org.planextract.variants.PlanText.Block;
import org.planextract.variants.PlanText.Cell;
import org.planextract.variants.PlanText.Grid;
import org.planextract.variants.PlanText.Para;

/**
 * Several documents in one file: a 印发 notice (文号, 主送, 落款, date) before the plan, a second
 * attachment after it with its own numbering from 一、, an attachment list or a staff list after
 * the plan. The plan's labels do not change: nothing of the notice or the appendix is plan text.
 */
final class DocumentConventions {

  List<Convention> all() {
    return List.of(
        new Convention("doc-notice", "documents", "印发 notice before the plan",
            (plan, random) -> notice(plan, false, false)),
        new Convention("doc-notice-numbered", "documents", "notice with 一、二、 requirements before the plan",
            (plan, random) -> notice(plan, true, false)),
        new Convention("doc-notice-two-attachments", "documents", "notice, 附件1 the plan, 附件2 another document",
            (plan, random) -> notice(plan, false, true) && secondAttachment(plan)),
        new Convention("doc-attachment-list", "documents", "附件 list and a project table after the plan",
            (plan, random) -> attachmentList(plan)),
        new Convention("doc-staff-list", "documents", "staff list (领导小组成员名单) after the plan",
            (plan, random) -> staffList(plan)));
  }

  private static String issuer(PlanText plan) {
    String region = plan.regionName();
    return (region.isEmpty() ? "某市" : region) + "人民政府办公室";
  }

  static boolean notice(PlanText plan, boolean numbered, boolean attachmentLabel) {
    int titleAt = plan.indexOfLine(1);
    if (titleAt != 0) {
      return false;
    }
    String title = plan.title();
    boolean draft = plan.labels.path("status").asText().equals("draft");
    String bare = title.replaceAll("[（(]征求意见稿[)）]$", "");
    List<Block> head = new ArrayList<>();
    // a draft comes with a 征求意见 letter, a final plan with a 印发 notice
    head.add(Para.added(issuer(plan) + (draft ? "关于征求《" + bare + "》意见的函" : "关于印发" + title + "的通知")));
    head.add(Para.added(draft ? "政办函〔2022〕17号" : "政办发〔2022〕17号"));
    head.add(Para.added("各县（区）人民政府，市直各部门，各有关单位："));
    head.add(Para.added(draft ? "现将《" + bare + "》印送你们，请于2022年3月25日前反馈书面意见。"
        : "现将《" + title + "》印发给你们，请结合实际，认真组织实施。"));
    if (numbered) {
      head.add(Para.added("一、提高思想认识。各地各部门要充分认识规划实施的重要意义，切实加强组织领导。"));
      head.add(Para.added("二、明确责任分工。各牵头单位要细化年度任务，逐项抓好落实。"));
      head.add(Para.added("三、加强督促检查。市政府将适时组织开展规划实施情况评估。"));
    }
    head.add(Para.added(issuer(plan)));
    head.add(Para.added("2022年3月18日"));
    head.add(Para.added("（此件公开发布）"));
    head.add(Para.added(""));
    if (attachmentLabel) {
      head.add(Para.added("附件1"));
    }
    plan.blocks.addAll(0, head);
    return true;
  }

  static boolean secondAttachment(PlanText plan) {
    List<Block> tail = new ArrayList<>();
    tail.add(Para.added(""));
    tail.add(Para.added("附件2"));
    tail.add(Para.added("重点任务分工方案"));
    tail.add(Para.added("一、总体要求"));
    tail.add(Para.added("按照规划确定的目标任务，明确牵头单位和配合单位，确保各项任务落到实处。"));
    tail.add(Para.added("二、任务分工"));
    tail.add(Para.added("（一）健全公共卫生体系。牵头单位：市卫生健康委；配合单位：市发展改革委、市财政局。"));
    tail.add(Para.added("（二）推进医疗服务提质。牵头单位：市卫生健康委；配合单位：市医保局。"));
    tail.add(Para.added("三、工作要求"));
    tail.add(Para.added("各责任单位每年12月底前报送任务进展情况。"));
    plan.blocks.addAll(tail);
    return true;
  }

  static boolean attachmentList(PlanText plan) {
    List<Block> tail = new ArrayList<>();
    tail.add(Para.added(""));
    tail.add(Para.added("附件：1．重点建设项目表"));
    tail.add(Para.added("      2．名词解释"));
    tail.add(Para.added(""));
    tail.add(Para.added("附件1"));
    tail.add(Para.added("重点建设项目表"));
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(cells("序号", "项目名称", "建设内容", "总投资（万元）", "建设年限"));
    rows.add(cells("1", "疾病预防控制中心迁建项目", "新建业务用房2.1万平方米", "18000", "2021-2023"));
    rows.add(cells("2", "区域医疗中心建设项目", "新增床位500张", "65000", "2022-2025"));
    tail.add(new Grid(rows, new ArrayList<>(List.of(-1, -1, -1))));
    tail.add(Para.added(""));
    tail.add(Para.added("附件2"));
    tail.add(Para.added("名词解释"));
    tail.add(Para.added("1．医联体：由不同级别、类别医疗机构组建的医疗联合体。"));
    tail.add(Para.added("2．家庭医生签约服务：以全科医生为核心的签约服务模式。"));
    plan.blocks.addAll(tail);
    return true;
  }

  static boolean staffList(PlanText plan) {
    List<Block> tail = new ArrayList<>();
    tail.add(Para.added(""));
    tail.add(Para.added("附件"));
    tail.add(Para.added("规划实施工作领导小组成员名单"));
    tail.add(Para.added("组　长：王建国　市人民政府副市长"));
    tail.add(Para.added("副组长：李明　市卫生健康委主任"));
    tail.add(Para.added("成　员：张华　市发展改革委副主任"));
    tail.add(Para.added("　　　　刘洋　市财政局副局长"));
    tail.add(Para.added("领导小组办公室设在市卫生健康委，办公室主任由李明同志兼任。"));
    plan.blocks.addAll(tail);
    return true;
  }

  static List<Cell> cells(String... texts) {
    List<Cell> row = new ArrayList<>();
    for (String t : texts) {
      row.add(Cell.of(t));
    }
    return row;
  }
}
