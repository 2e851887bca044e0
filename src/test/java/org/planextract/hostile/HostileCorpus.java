package org.planextract.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.planextract.ZipParts;

/**
 * Generates the hostile-input campaign (issue 14), reproducible from a seed: every shape that once
 * cost a whole run (out of memory, hangs, data loss, misleading errors) and the classic hostile
 * files (XXE, zip slip, zip bombs, wrong container, UTF-16, NUL, lone surrogates, lying charsets).
 * Each case says which outcomes are acceptable: "ok" or error codes; INTERNAL never is.
 *
 * <p>{@code java -cp target/test-classes:target/plan-extract.jar org.planextract.hostile.HostileCorpus DIR [SEED]}
 */
public final class HostileCorpus {
  /** One generated file and the outcomes it may have. */
  public record Case(String name, Set<String> allowed) {}

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private final Random random;
  private final List<Case> cases = new ArrayList<>();
  private final Path dir;

  public HostileCorpus(Path dir, long seed) {
    this.dir = dir;
    this.random = new Random(seed);
  }

  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args[0]));
    for (Case c : new HostileCorpus(dir, args.length > 1 ? Long.parseLong(args[1]) : 14).generate()) {
      System.out.println(c.name() + "\t" + String.join(",", c.allowed()));
    }
  }

  /** Writes every case into the folder; the cases in order. */
  public List<Case> generate() throws IOException {
    String intro = "某州“十四五”卫生健康事业发展规划\n一、发展目标\n";
    // --- out of memory in one document ---
    docx("oom-million-paragraphs.docx", body("<w:p><w:r><w:t>段</w:t></w:r></w:p>", 1_000_000), null, false,
        "ok", "LIMIT_EXCEEDED", "OUT_OF_MEMORY", "CORRUPT", "TIMEOUT");
    docx("oom-one-huge-run.docx", body("<w:p><w:r><w:t>" + "卫生健康".repeat(1_500_000) + "</w:t></w:r></w:p>", 1), null,
        false, "ok", "LIMIT_EXCEEDED", "OUT_OF_MEMORY", "CORRUPT", "TIMEOUT");
    docx("oom-numbering-prefix.docx", body("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
        + "<w:r><w:t>标题</w:t></w:r></w:p>", 3000), numbering("%1".repeat(20_000), "chineseCounting"), false, "ok", "TIMEOUT");
    text("oom-clauses.txt", intro + "到2025年，床位数达到5张，".repeat(100_000) + "\n", "ok", "LIMIT_EXCEEDED", "TIMEOUT");
    text("clauses-200k-lines.txt", intro + "到2025年，继续推进。\n".repeat(100_001), "LIMIT_EXCEEDED");
    text("comma-less-sentences.txt", intro + "第1项。".repeat(120_000) + "\n", "ok", "LIMIT_EXCEEDED");
    text("slow-pronouns.txt", intro + "到2025年人均预期寿命达到78岁，" + "使其达到79岁，".repeat(10_000) + "\n", "ok", "TIMEOUT");
    docx("deep-nested-tables.docx", body(nestedTables(10_000), 1), null, false, "LIMIT_EXCEEDED");
    docx("deep-nested-controls.docx", body("<w:sdt><w:sdtContent><w:p><w:r><w:t>格</w:t></w:r></w:p>".repeat(5_000)
        + "</w:sdtContent></w:sdt>".repeat(5_000), 1), null, false, "LIMIT_EXCEEDED");
    text("oom-digit-cells.txt", intro + table(200, 30, () -> digits(40)), "ok", "LIMIT_EXCEEDED", "TIMEOUT");
    // --- small files that broke the aggregates ---
    text("number-1001-digits.txt", intro + "\t序号\n\t指标\n\t2025年\n\n\t1\n\t床位数（张）\n\t"
        + "9".repeat(1001) + "\n\n", "ok");
    text("cell-33000-chars.txt", intro + "\t序号\n\t指标\n\t2025年\n\n\t1\n\t" + "很长的指标名称".repeat(4800)
        + "\n\t80%\n\n", "ok");
    text("clauses-one-line.txt", intro + "到2025年，" + "人均预期寿命达到78岁，".repeat(3000) + "\n", "ok", "TIMEOUT");
    text("manifest.txt", intro + "到2025年，居民健康素养水平达到30%。\n", "ok");
    text("corpus.txt", intro + "到2025年，居民健康素养水平达到31%。\n", "ok");
    text("csv-injection.txt", intro + "\t序号\n\t指标\n\t2025年\n\n\t1\n\t=HYPERLINK(\"http://x\",\"y\")\n\t+cmd|' /C calc'!A0\n\n"
        + "\t2\n\t@SUM(1+1)\n\t-2+3\n\n", "ok");
    // --- html shapes that hang a tree builder ---
    html("hang-unclosed-b.html", "<b>x".repeat(100_000), "ok", "LIMIT_EXCEEDED", "EMPTY");
    html("hang-misnested.html", "<b><i>文</b></i>".repeat(20_000), "ok", "LIMIT_EXCEEDED", "EMPTY");
    html("hang-nested-tables.html", "<table><tr><td>文字".repeat(20_000), "ok", "LIMIT_EXCEEDED", "EMPTY");
    html("hang-unclosed-cells.html", "<table><tr>" + "<td>格".repeat(100_000) + "</table>", "ok", "LIMIT_EXCEEDED", "EMPTY");
    html("hang-10000-rows.html", "<table>" + "<tr><td>指标</td><td>80%</td></tr>".repeat(10_000) + "</table>",
        "ok", "LIMIT_EXCEEDED");
    html("hang-million-br.html", "<p>" + "行<br>".repeat(1_000_000) + "</p>", "ok", "LIMIT_EXCEEDED");
    html("hang-colspan.html", "<table>" + ("<tr>" + "<td colspan=\"10000\">格</td>".repeat(100) + "</tr>").repeat(100)
        + "</table>", "ok", "LIMIT_EXCEEDED");
    text("slow-digits-punct.txt", intro + randomOf("0123456789.%、，；：-～（）", 300_000) + "\n", "ok", "TIMEOUT", "LIMIT_EXCEEDED");
    bigText("slow-49mb.txt", 49_000_000, "LIMIT_EXCEEDED");
    // --- misleading errors ---
    text("长".repeat(82) + ".txt", intro + "到2025年，居民健康素养水平达到32%。\n", "ok");
    text("name\nwith newline \u001b[31mred.txt", "", "EMPTY");
    bytes("meta-bogus-charset.html", page("<meta charset=\"-bogus\">", "<p>到2025年，居民健康素养水平达到34%。</p>".repeat(20))
        .getBytes(StandardCharsets.UTF_8), "ok");
    bytes("lying-latin1.html", page("<meta charset=\"iso-8859-1\">", "<p>到2025年，居民健康素养水平达到35%。</p>".repeat(20))
        .getBytes(StandardCharsets.UTF_8), "ok");
    bytes("lying-utf16.html", page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-16\">",
        "<p>到2025年，居民健康素养水平达到36%。</p>".repeat(20)).getBytes(StandardCharsets.UTF_8), "ok");
    docx("numfmt-without-val.docx", body("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
        + "<w:r><w:t>发展目标</w:t></w:r></w:p><w:p><w:r><w:t>到2025年，居民健康素养水平达到37%。</w:t></w:r></w:p>", 3),
        numbering("%1、", null), false, "ok");
    // --- classics ---
    docx("xxe.docx", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>", null,
        false, "CORRUPT", "EMPTY");
    zipSlip("zip-slip.docx");
    docx("zip-bomb.docx", body("<w:p><w:r><w:t>" + " ".repeat(100_000) + "</w:t></w:r></w:p>", 300), null, true,
        "CORRUPT", "EMPTY", "LIMIT_EXCEEDED");
    bytes("ole2-behind.docx", ole2(), "CORRUPT", "ENCODING", "UNSUPPORTED_FORMAT");
    bytes("pdf-behind.html", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj<<>>endobj\n".getBytes(StandardCharsets.ISO_8859_1), "ENCODING", "EMPTY", "CORRUPT");
    bytes("pdf-behind.docx", "%PDF-1.7\n1 0 obj<<>>endobj\n".getBytes(StandardCharsets.ISO_8859_1), "CORRUPT", "ENCODING");
    bytes("utf16-bom.txt", withBom(intro + "到2025年，居民健康素养水平达到38%。\n", StandardCharsets.UTF_16LE), "ok");
    bytes("utf16-nobom.txt", (intro + "到2025年，居民健康素养水平达到39%。\n").getBytes(StandardCharsets.UTF_16LE),
        "ok", "ENCODING");
    bytes("nul-bytes.txt", (intro + "到2025年\0\0\0达到40%。\n").getBytes(StandardCharsets.UTF_8), "ENCODING");
    bytes("lone-surrogate.txt", concat((intro + "到2025年，").getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "达到41%。\n".getBytes(StandardCharsets.UTF_8)),
        "ok", "ENCODING");
    html("lone-surrogate-entity.html", "<p>到2025年，居民健康素养&#xD800;水平达到42%。</p>".repeat(20), "ok");
    bytes("review-page.html", ("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        + "<meta name=\"generator\" content=\"plan-extract review\"><title>review</title></head><body>"
        + "<p>到2025年，居民健康素养水平达到43%。</p>".repeat(20) + "</body></html>").getBytes(StandardCharsets.UTF_8),
        "skipped");
    return cases;
  }

  // ---------- writers ----------

  private void text(String name, String content, String... allowed) throws IOException {
    bytes(name, content.getBytes(StandardCharsets.UTF_8), allowed);
  }

  private void html(String name, String bodyHtml, String... allowed) throws IOException {
    bytes(name, page("<meta charset=\"utf-8\">", "<p>某州“十四五”卫生健康事业发展规划</p>" + bodyHtml)
        .getBytes(StandardCharsets.UTF_8), allowed);
  }

  private static String page(String meta, String bodyHtml) {
    return "<!DOCTYPE html><html><head>" + meta + "<title>某州“十四五”卫生健康事业发展规划</title></head><body>"
        + bodyHtml + "</body></html>";
  }

  private void bytes(String name, byte[] content, String... allowed) throws IOException {
    Files.write(dir.resolve(name), content);
    cases.add(new Case(name, Set.of(allowed)));
  }

  private void bigText(String name, long size, String... allowed) throws IOException {
    byte[] line = "卫生健康服务能力持续提升，基层医疗卫生机构标准化建设全面推进。\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(dir.resolve(name)), 1 << 16)) {
      out.write("某州“十四五”卫生健康事业发展规划\n".getBytes(StandardCharsets.UTF_8));
      for (long n = 0; n < size; n += line.length) {
        out.write(line);
      }
    }
    cases.add(new Case(name, Set.of(allowed)));
  }

  private static String body(String repeated, int times) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W + "\"><w:body>"
        + repeated.repeat(times) + "</w:body></w:document>";
  }

  private static String numbering(String lvlText, String fmt) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:numbering xmlns:w=\"" + W + "\">"
        + "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
        + (fmt == null ? "<w:numFmt/>" : "<w:numFmt w:val=\"" + fmt + "\"/>")
        + "<w:lvlText w:val=\"" + lvlText + "\"/></w:lvl></w:abstractNum>"
        + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
  }

  /** Tables nested in table cells, {@code depth} deep, a paragraph in each cell. */
  private static String nestedTables(int depth) {
    return "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>格</w:t></w:r></w:p>".repeat(depth)
        + "<w:p/></w:tc></w:tr></w:tbl>".repeat(depth);
  }

  /** A minimal .docx; oom- and deep- cases are stored uncompressed (no zip-bomb ratio to catch them first). */
  private void docx(String name, String document, String numbering, boolean deflateHard, String... allowed)
      throws IOException {
    boolean stored = name.startsWith("oom-") || name.startsWith("deep-");
    try (ZipOutputStream zip = new ZipOutputStream(new java.io.BufferedOutputStream(
        Files.newOutputStream(dir.resolve(name)), 1 << 16))) {
      if (deflateHard) {
        zip.setLevel(9);
      }
      entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          + (numbering == null ? "" : "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>")
          + "</Types>", false);
      entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
          + "</Relationships>", false);
      if (numbering != null) {
        entry(zip, "word/_rels/document.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
            + "</Relationships>", false);
        entry(zip, "word/numbering.xml", numbering, stored);
      }
      entry(zip, "word/document.xml", document, stored);
    }
    cases.add(new Case(name, Set.of(allowed)));
  }

  private static void entry(ZipOutputStream zip, String name, String content, boolean stored) throws IOException {
    new ZipParts(zip).put(name, content, stored);
  }

  private void zipSlip(String name) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve(name)))) {
      entry(zip, "../../../../tmp/plan-extract-zip-slip.txt", "slip", false);
      entry(zip, "/etc/plan-extract-zip-slip", "slip", false);
    }
    cases.add(new Case(name, Set.of("CORRUPT", "EMPTY")));
  }

  /** The OLE2 signature of a .doc/.xls, then junk. */
  private byte[] ole2() {
    byte[] b = new byte[4096];
    random.nextBytes(b);
    byte[] sig = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(sig, 0, b, 0, sig.length);
    return b;
  }

  private static byte[] withBom(String s, Charset utf16le) {
    return concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, s.getBytes(utf16le));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private String table(int rows, int cols, java.util.function.Supplier<String> cell) {
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        sb.append('\t').append(r == 0 ? "指标" + c : cell.get()).append('\n');
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private String digits(int n) {
    return randomOf("0123456789%、.", n);
  }

  private String randomOf(String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
