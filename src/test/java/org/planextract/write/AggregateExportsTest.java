package org.planextract.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planextract.CorpusExtraction;
import org.planextract.TestCorpus;
import org.planextract.model.Indicator;
import org.planextract.model.PlanDocument;
import org.planextract.model.Target;
import org.planextract.run.CorpusRun;

/** The aggregate files over the five corpus plans: every pair compared, every JSON row in the database. */
class AggregateExportsTest {
  @TempDir
  static Path out;
  static List<PlanDocument> docs;

  @BeforeAll
  static void writeAggregates() throws IOException {
    docs = TestCorpus.docIds().stream().map(id -> CorpusExtraction.extract(id, "txt")).toList();
    JsonOutput json = new JsonOutput();
    List<Path> files = new ArrayList<>();
    for (PlanDocument d : docs) {
      Path f = out.resolve(d.docId() + ".json");
      Files.writeString(f, json.pretty(d), StandardCharsets.UTF_8);
      files.add(f);
    }
    new AggregateWriter(new OutputFolder().reader(), json, new AtomicFiles(),
        CorpusRun.exportContext(TestCorpus.rules())).write(files, out);
  }

  private static List<List<String>> csv(String name) throws IOException {
    String text = Files.readString(out.resolve(name), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\ufeff"), name + " has a BOM");
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text.substring(1))) {
      return it.readAll();
    }
  }

  @Test
  void compareCsvHasOneRowPerPlanAndCanonicalIndicator() throws IOException {
    Set<String> expected = new LinkedHashSet<>();
    for (PlanDocument d : docs) {
      d.indicators().stream().map(Indicator::canonicalId).filter(id -> id != null).forEach(id -> expected.add(d.docId() + "/" + id));
      d.targets().stream().map(Target::canonicalId).filter(id -> id != null).forEach(id -> expected.add(d.docId() + "/" + id));
    }
    List<List<String>> rows = csv("compare.csv");
    assertEquals(CompareCsvWriter.COLUMNS, rows.get(0));
    List<String> pairs = rows.subList(1, rows.size()).stream().map(r -> r.get(0) + "/" + r.get(6)).toList();
    assertEquals(expected.size(), pairs.size(), "one row per pair, no duplicates");
    assertEquals(expected, new LinkedHashSet<>(pairs));
    int source = CompareCsvWriter.COLUMNS.indexOf("source");
    assertTrue(rows.stream().skip(1).anyMatch(r -> r.get(source).equals("text")), "text rows where the table lacks one");
    assertTrue(rows.stream().skip(1).anyMatch(r -> r.get(source).equals("table")));
  }

  @Test
  void sqliteRowCountsEqualTheJson() throws SQLException, IOException {
    Map<String, ToIntFunction<PlanDocument>> counts = new LinkedHashMap<>();
    counts.put("plans", d -> 1);
    counts.put("sections", d -> d.sections().size());
    counts.put("boxes", d -> d.boxes().size());
    counts.put("box_items", d -> d.boxes().stream().mapToInt(b -> b.items().size()).sum());
    counts.put("tables", d -> d.tables().size());
    counts.put("indicators", d -> d.indicators().size());
    counts.put("targets", d -> d.targets().size());
    counts.put("warnings", d -> d.warnings().size());
    counts.put("reconciliation", d -> d.reconciliation().agreeing().size() + d.reconciliation().disagreeing().size()
        + d.reconciliation().rowsNotRestated().size() + d.reconciliation().targetsWithoutRow().size());
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("corpus.sqlite"));
        Statement s = db.createStatement()) {
      for (var e : counts.entrySet()) {
        int expected = docs.stream().mapToInt(e.getValue()).sum();
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + e.getKey())) {
          assertEquals(expected, rs.getInt(1), e.getKey());
        }
      }
      assertTrue(docs.stream().mapToInt(d -> d.boxes().stream().mapToInt(b -> b.items().size()).sum()).sum() > 0);
      try (ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'rules_sha256'")) {
        assertEquals(TestCorpus.rules().sha256(), rs.getString(1));
      }
      // The caller's meta entries come in key order (they came from Map.of, whose order changes per JVM).
      try (ResultSet rs = s.executeQuery("SELECT key FROM meta ORDER BY rowid")) {
        java.util.List<String> keys = new java.util.ArrayList<>();
        while (rs.next()) {
          keys.add(rs.getString(1));
        }
        assertEquals(java.util.List.of("db_schema_version", "plan_schema_version", "plans", "rules_sha256",
            "tool_version"), keys);
      }
      try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
        assertFalse(rs.next(), "no dangling foreign key");
      }
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql LIKE '%canonical_id%'")) {
        assertEquals(3, rs.getInt(1));
      }
    }
    try (var files = Files.list(out)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temp file left");
    }
  }

  @Test
  void targetsCsvAndSheetHoldEveryTextTarget() throws IOException {
    int targets = docs.stream().mapToInt(d -> d.targets().size()).sum();
    List<List<String>> rows = csv("targets.csv");
    assertEquals(TargetsCsvWriter.COLUMNS, rows.get(0));
    assertEquals(targets + 1, rows.size());
    Target first = docs.get(0).targets().get(0);
    assertEquals(first.sentence(), rows.get(1).get(TargetsCsvWriter.COLUMNS.indexOf("sentence")));
    assertFalse(rows.get(1).get(TargetsCsvWriter.COLUMNS.indexOf("sectionTitle")).isEmpty());
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out.resolve("indicators.xlsx")))) {
      Sheet sheet = book.getSheet("targets");
      assertEquals(targets, sheet.getLastRowNum());
      XSSFSheet ind = book.getSheet("indicators");
      assertTrue(ind.getCTWorksheet().isSetAutoFilter(), "filter row");
      int inferred = IndicatorsCsvWriter.COLUMNS.indexOf("unitInferred");
      assertEquals(CellType.BOOLEAN, ind.getRow(1).getCell(inferred).getCellType());
      int name = IndicatorsCsvWriter.COLUMNS.indexOf("name");
      assertTrue(ind.getColumnWidth(name) > ind.getColumnWidth(IndicatorsCsvWriter.COLUMNS.indexOf("seq")));
    }
  }

  @Test
  void indicatorsCsvKeepsTheOldColumnsFirstAndAddsThePlansFields() throws IOException {
    List<List<String>> rows = csv("indicators.csv");
    List<String> header = rows.get(0);
    assertEquals(List.of("docId", "region", "seq"), header.subList(0, 3));
    assertEquals("line", header.get(22));
    PlanDocument d = docs.get(0);
    assertEquals(d.region().province(), rows.get(1).get(header.indexOf("province")));
    assertEquals(Integer.toString(d.period().end()), rows.get(1).get(header.indexOf("periodEnd")));
  }

  @Test
  void comparePageHasASectionPerSharedIndicatorAndNoNetwork() throws IOException {
    String page = Files.readString(out.resolve("compare.html"), StandardCharsets.UTF_8);
    Map<String, Set<String>> plansById = new LinkedHashMap<>();
    for (PlanDocument d : docs) {
      for (Indicator i : d.indicators()) {
        if (i.canonicalId() != null) {
          plansById.computeIfAbsent(i.canonicalId(), k -> new LinkedHashSet<>()).add(d.docId());
        }
      }
      for (Target t : d.targets()) {
        if (t.canonicalId() != null) {
          plansById.computeIfAbsent(t.canonicalId(), k -> new LinkedHashSet<>()).add(d.docId());
        }
      }
    }
    long shared = plansById.values().stream().filter(s -> s.size() >= 2).count();
    assertEquals(shared, page.split("<section class=\"ind\"", -1).length - 1);
    assertTrue(page.contains("<section class=\"ind\" id=\"physicians_per_1000\">"));
    assertTrue(page.contains("one plan only"), "indicators of one plan are listed, not charted");
    assertFalse(page.contains("<script") || page.contains("src=\"http") || page.contains("<link"), "self-contained");
  }
}
