package org.planextract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLevelSuffix;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Automatic numbering set on the paragraphs themselves (not through a heading style). */
class DocxNumberingTest {

  private static void level(CTAbstractNum abs, int ilvl, STNumberFormat.Enum format, String text) {
    CTLvl lvl = abs.addNewLvl();
    lvl.setIlvl(BigInteger.valueOf(ilvl));
    lvl.addNewStart().setVal(BigInteger.ONE);
    lvl.addNewNumFmt().setVal(format);
    lvl.addNewLvlText().setVal(text);
    lvl.addNewSuff().setVal(STLevelSuffix.NOTHING);
  }

  @Test
  void directNumberingWithChapterAndCircledLevelsRestartsDeeperLevels() throws IOException {
    byte[] bytes;
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
      abs.setAbstractNumId(BigInteger.valueOf(7));
      level(abs, 0, STNumberFormat.CHINESE_COUNTING, "第%1章 ");
      level(abs, 1, STNumberFormat.DECIMAL_ENCLOSED_CIRCLE, "%2");
      XWPFNumbering numbering = doc.createNumbering();
      BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs));
      BigInteger numId = numbering.addNum(absId);
      String[][] paragraphs = {{"0", "发展基础"}, {"1", "健康水平提高"}, {"1", "服务能力增强"}, {"0", "主要任务"}, {"1", "公共卫生"}};
      for (String[] p : paragraphs) {
        XWPFParagraph para = doc.createParagraph();
        para.setNumID(numId);
        para.setNumILvl(new BigInteger(p[0]));
        para.createRun().setText(p[1]);
      }
      doc.createParagraph().createRun().setText("正文段落。");
      doc.write(out);
      bytes = out.toByteArray();
    }
    SourceText text = new DocxReader().read(bytes);
    List<String> lines = text.blocks().stream().map(b -> ((Paragraph) b).text().text()).toList();
    assertEquals(List.of("第一章 发展基础", "①健康水平提高", "②服务能力增强", "第二章 主要任务", "①公共卫生", "正文段落。"), lines);
  }
}
