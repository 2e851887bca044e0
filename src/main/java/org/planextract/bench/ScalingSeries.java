package org.planextract.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.planextract.PlanExtractor;

/**
 * The scaling series of {@code bench --scaling}: one plan's text repeated ×1 … ×16, and an indicator
 * table of 1k … 16k rows, each written as .txt, .docx (a minimal WordprocessingML package, written
 * here with java.util.zip) and .html, each run through the whole pipeline. The time per character
 * should stay flat as the size grows; a stage whose cost grows faster than its input shows here.
 */
public final class ScalingSeries {
  /** One point of the series: what, how big, and how long the pipeline took. */
  public record Point(String shape, String format, int factor, long characters, double seconds) {
    public double microsPerKiloChar() {
      return seconds * 1e9 / characters;
    }
  }

  private static final List<String> FORMATS = List.of("txt", "docx", "html");
  private static final int[] FACTORS = {1, 2, 4, 8, 16};

  private final PlanExtractor extractor;

  public ScalingSeries(PlanExtractor extractor) {
    this.extractor = extractor;
  }

  /** The series for a plan's text (its lines) and for tables of 1,000 × factor rows. */
  public List<Point> run(String planText) {
    List<String> planLines = planText.lines().filter(l -> !l.isBlank()).toList();
    for (String format : FORMATS) {
      time("plan", format, planLines, List.of()); // warm-up: each reader's classes loaded and compiled first
      time("table", format, List.of("表1 主要指标"), table(100));
    }
    List<Point> points = new ArrayList<>();
    for (String format : FORMATS) {
      for (int factor : FACTORS) {
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < factor; k++) {
          lines.addAll(planLines);
        }
        points.add(point("plan ×" + factor, format, factor, lines, List.of()));
      }
    }
    for (String format : FORMATS) {
      for (int factor : FACTORS) {
        points.add(point(factor + "k-row table", format, factor,
            List.of("某市卫生健康事业发展规划", "一、主要指标", "表1 主要指标"), table(1000 * factor)));
      }
    }
    return points;
  }

  /** An indicator table of {@code n} rows under a header row. */
  private static List<List<String>> table(int n) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("序号", "指标名称", "单位", "2020年", "2025年", "指标属性"));
    for (int r = 1; r <= n; r++) {
      rows.add(List.of(String.valueOf(r), "第" + r + "项服务覆盖率", "%", (r % 90) + ".5", (r % 90 + 5) + ".5",
          r % 2 == 0 ? "预期性" : "约束性"));
    }
    return rows;
  }

  private Point point(String shape, String format, int factor, List<String> lines, List<List<String>> rows) {
    double seconds = time(shape, format, lines, rows);
    long characters = lines.stream().mapToLong(String::length).sum()
        + rows.stream().flatMap(List::stream).mapToLong(String::length).sum();
    return new Point(shape, format, factor, characters, seconds);
  }

  private double time(String shape, String format, List<String> lines, List<List<String>> rows) {
    byte[] bytes = switch (format) {
      case "txt" -> txt(lines, rows);
      case "docx" -> docx(lines, rows);
      default -> html(lines, rows);
    };
    long t0 = System.nanoTime();
    extractor.extract(Path.of("scaling." + format), bytes, "scaling");
    return (System.nanoTime() - t0) / 1e9;
  }

  private static byte[] txt(List<String> lines, List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    lines.forEach(l -> out.append(l).append('\n'));
    rows.forEach(r -> out.append(String.join("\t", r)).append('\n'));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] html(List<String> lines, List<List<String>> rows) {
    StringBuilder out = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>规划</title></head><body>\n");
    lines.forEach(l -> out.append("<p>").append(escape(l)).append("</p>\n"));
    if (!rows.isEmpty()) {
      out.append("<table>\n");
      for (List<String> r : rows) {
        out.append("<tr>");
        r.forEach(c -> out.append("<td>").append(escape(c)).append("</td>"));
        out.append("</tr>\n");
      }
      out.append("</table>\n");
    }
    return out.append("</body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static byte[] docx(List<String> lines, List<List<String>> rows) {
    StringBuilder body = new StringBuilder();
    lines.forEach(l -> body.append(paragraph(l)));
    if (!rows.isEmpty()) {
      body.append("<w:tbl>");
      for (List<String> r : rows) {
        body.append("<w:tr>");
        r.forEach(c -> body.append("<w:tc>").append(paragraph(c)).append("</w:tc>"));
        body.append("</w:tr>");
      }
      body.append("</w:tbl>");
    }
    String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + body + "</w:body></w:document>";
    String types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        + "Target=\"word/document.xml\"/></Relationships>";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      entry(zip, "[Content_Types].xml", types);
      entry(zip, "_rels/.rels", rels);
      entry(zip, "word/document.xml", document);
    } catch (IOException e) {
      throw new UncheckedIOException("writing an in-memory .docx", e);
    }
    return bytes.toByteArray();
  }

  private static String paragraph(String text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r></w:p>";
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
