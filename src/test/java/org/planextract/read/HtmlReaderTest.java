package org.planextract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planextract.TestCorpus;
import org.planextract.model.ErrorCode;
import org.planextract.problems.PlanExtractException;

class HtmlReaderTest {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private final HtmlReader reader = new HtmlReader(TestCorpus.rules().html());

  private static String page(String head, String article) {
    return "<html><head>" + head + "</head><body><div class=\"nav\">首页 政务公开</div>"
        + "<div class=\"crumbs\">当前位置：首页 &gt; 规划计划</div><div class=\"article-content\">" + article
        + "</div><div class=\"footer\">版权所有 ICP备案号</div><script>var x='一、不是标题';</script></body></html>";
  }

  private static final String ARTICLE = "<p align=center>镕城区“十四五”卫生健康规划</p><h2>一、发展基础</h2>"
      + "<p>“十三五”时期，全区卫生健康事业取得长足进步，人均预期寿命达到78.5岁，居民健康素养水平达到25%，"
      + "每千人口执业（助理）医师数达到3.2人，每千人口注册护士数达到3.8人，基层医疗卫生服务能力明显提升。"
      + "公共卫生服务体系不断健全，重大疫情防控取得重大战略成果，医药卫生体制改革持续深化，分级诊疗格局初步形成，"
      + "中医药服务能力稳步提升，全民健身和健康促进工作广泛开展，人民群众获得感、幸福感、安全感不断增强。</p>"
      + "<p>第一行<br>第二行</p>";

  @Test
  void gb2312DeclarationIsReadAsGb18030() {
    byte[] bytes = page("<meta charset=\"gb2312\">", ARTICLE).getBytes(GB18030);
    SourceText t = reader.read(bytes);
    assertEquals("GB18030", t.encoding());
    assertEquals("镕城区“十四五”卫生健康规划", ((Paragraph) t.blocks().get(0)).text().text());
  }

  @Test
  void declarationFarDownTheHeadIsFound() {
    String head = "<!--" + "x".repeat(8000) + "--><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">";
    SourceText t = reader.read(page(head, ARTICLE).getBytes(GB18030));
    assertTrue(t.text().startsWith("镕城区"), t.text());
  }

  @Test
  void undeclaredGbkIsDetected() {
    SourceText t = reader.read(page("", ARTICLE).getBytes(GB18030));
    assertTrue(t.text().contains("人均预期寿命"), t.text());
  }

  @Test
  void chromeAndScriptsAreDroppedAndBrSplitsLines() {
    SourceText t = reader.read(page("<meta charset=\"utf-8\">", ARTICLE).getBytes(StandardCharsets.UTF_8));
    assertFalse(t.text().contains("首页"));
    assertFalse(t.text().contains("版权所有"));
    assertFalse(t.text().contains("不是标题"));
    List<String> lines = t.blocks().stream().map(b -> ((Paragraph) b).text().text()).toList();
    assertEquals(List.of("镕城区“十四五”卫生健康规划", "一、发展基础"), lines.subList(0, 2));
    assertEquals(List.of("第一行", "第二行"), lines.subList(3, 5));
    assertEquals(HeadingHint.HEADING, ((Paragraph) t.blocks().get(1)).hint());
  }

  @Test
  void rowspanAndColspanAreExpanded() {
    String table = "<table><tr><td>领域</td><td>指标</td><td colspan=\"2\">指标值</td></tr>"
        + "<tr><td rowspan=\"2\">健康<br>水平</td><td>人均预期寿命</td><td>78.5</td><td>79</td></tr>"
        + "<tr><td>婴儿死亡率</td><td>3.1</td><td>&lt;5</td></tr></table>";
    SourceText t = reader.read(page("<meta charset=\"utf-8\">", ARTICLE + table).getBytes(StandardCharsets.UTF_8));
    TableBlock block = assertInstanceOf(TableBlock.class, t.blocks().get(t.blocks().size() - 1));
    assertEquals(3, block.rows().get(0).size());
    List<Cell> third = block.rows().get(2);
    assertEquals(4, third.size());
    assertTrue(third.get(0).filled());
    assertEquals("健康\n水平", third.get(0).text());
    assertEquals("<5", third.get(3).text());
  }

  @Test
  void pageWithoutArticleIsRefused() {
    String html = "<html><body><div class=\"nav\">首页</div><div class=\"footer\">版权所有</div></body></html>";
    PlanExtractException e = assertThrows(PlanExtractException.class,
        () -> reader.read(html.getBytes(StandardCharsets.UTF_8)));
    assertEquals(ErrorCode.EMPTY, e.code());
  }
}
