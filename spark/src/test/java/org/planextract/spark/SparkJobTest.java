package org.planextract.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planextract.PlanExtractor;
import org.planextract.model.InputStatus;
import org.planextract.model.Manifest;
import org.planextract.model.ManifestInput;
import org.planextract.model.PlanDocument;
import org.planextract.rules.RuleLoader;
import org.planextract.run.CorpusRun;
import org.planextract.run.RunOptions;
import org.planextract.write.IndicatorsCsvWriter;
import org.planextract.write.JsonOutput;

/**
 * The job in Spark local mode against the CLI's own run (CorpusRun) on the same inputs: the five
 * corpus plans, two of them again as .docx and .html (same stems, so docIds -2), and bad inputs
 * (empty, random bytes, a truncated .docx, one over the size limit, a non-plan file the folder walk
 * skips). Plan JSON, table rows and failures must be the CLI's, whatever the partitioning.
 */
class SparkJobTest {
  private static final long MAX_BYTES = 2L * 1024 * 1024;
  private static final ObjectMapper JSON = new JsonOutput().mapper().copy()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @TempDir
  static Path tmp;
  private static SparkSession spark;
  private static Path in;
  private static Path cliOut;
  private static Manifest cli;
  private static List<PlanDocument> cliDocs;
  private static PlanJob.Result job;

  @BeforeAll
  static void runBoth() throws IOException, URISyntaxException {
    in = tmp.resolve("inputs");
    copyTree(Path.of(SparkJobTest.class.getResource("/inputs").toURI()), in);
    byte[] big = "第一章 总则\n".repeat(200_000).getBytes(StandardCharsets.UTF_8);
    Files.write(in.resolve("bad/big.txt"), big);
    cliOut = tmp.resolve("cli");
    cli = new CorpusRun(new PlanExtractor(new RuleLoader().loadDefault()),
        new RunOptions(cliOut, MAX_BYTES, 2,
            java.time.Duration.ofSeconds(org.planextract.model.RunLimits.DEFAULT_TIME_LIMIT_SECONDS), false))
        .run(List.of(in), (entry, done, total) -> { }).manifest();
    cliDocs = new ArrayList<>();
    for (String line : Files.readAllLines(cliOut.resolve("corpus.jsonl"), StandardCharsets.UTF_8)) {
      cliDocs.add(JSON.readValue(line, PlanDocument.class));
    }
    spark = SparkSession.builder().master("local[2]").appName("plan-extract-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "3").getOrCreate();
    job = run(3, "spark");
  }

  private static PlanJob.Result run(int partitions, String out) throws IOException {
    return new PlanJob(RuleBundle.read(Optional.empty())).run(spark, new JobOptions(List.of(in.toString()),
        tmp.resolve(out).toString(), partitions, new Limits(MAX_BYTES, Duration.ofSeconds(120))));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void theReferenceRunHasPlansAndFailures() {
    assertEquals(7, cli.ok(), "5 corpus plans + .docx + .html");
    assertEquals(4, cli.failed(), "empty, junk, truncated, big");
  }

  @Test
  void planLinesAreTheCliCorpusJsonlInOrder() throws IOException {
    List<String> expected = Files.readAllLines(cliOut.resolve("corpus.jsonl"), StandardCharsets.UTF_8);
    List<String> actual = planLines(tmp.resolve("spark"));
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), "plan line " + i);
    }
  }

  @Test
  void everyPlanEqualsTheCliPerPlanFile() throws IOException {
    for (String line : planLines(tmp.resolve("spark"))) {
      JsonNode plan = JSON.readTree(line);
      Path file = cliOut.resolve(plan.get("docId").asText() + ".json");
      assertTrue(Files.isRegularFile(file), file.toString());
      assertEquals(JSON.readTree(file.toFile()), plan, file.toString());
    }
    assertTrue(planLines(tmp.resolve("spark")).stream().anyMatch(l -> l.contains("\"docId\":\"001_0c4b1b1009269c78-2\"")),
        "a repeated stem gets -2 as in the CLI");
  }

  @Test
  void thePartitioningChangesNothing() throws IOException {
    run(1, "spark-1");
    run(11, "spark-11");
    List<String> three = planLines(tmp.resolve("spark"));
    assertEquals(three, planLines(tmp.resolve("spark-1")));
    assertEquals(three, planLines(tmp.resolve("spark-11")));
    assertEquals(parquet("spark", "indicators"), parquet("spark-11", "indicators"));
    assertEquals(parquet("spark", "targets"), parquet("spark-1", "targets"));
  }

  @Test
  void indicatorsHaveTheCsvColumnsAndRows() throws IOException {
    List<String[]> csv = csvRows(cliOut.resolve("indicators.csv"));
    assertEquals(IndicatorsCsvWriter.COLUMNS, Arrays.asList(csv.get(0)));
    assertEquals(IndicatorsCsvWriter.COLUMNS,
        Arrays.asList(spark.read().parquet(tmp.resolve("spark/indicators").toString()).columns()));
    List<Row> rows = parquet("spark", "indicators");
    assertEquals(csv.size() - 1, rows.size(), "one Parquet row per CSV row");
    assertTrue(rows.size() > 100);
    ColumnTypes types = new ColumnTypes(IndicatorsCsvWriter.COLUMNS);
    for (int i = 1; i < csv.size(); i++) {
      assertEquals(types.row(Arrays.asList(csv.get(i))), rows.get(i - 1), "row " + i);
    }
  }

  @Test
  void targetsAreEveryTargetOfThePlans() {
    TargetRows targetRows = new TargetRows();
    ColumnTypes types = new ColumnTypes(TargetRows.COLUMNS);
    List<Row> expected = cliDocs.stream().flatMap(d -> targetRows.rows(d).stream()).map(types::row).toList();
    assertTrue(expected.size() > 50);
    assertEquals(TargetRows.COLUMNS,
        Arrays.asList(spark.read().parquet(tmp.resolve("spark/targets").toString()).columns()));
    assertEquals(expected, parquet("spark", "targets"));
    assertEquals(expected.size(), job.manifest().targets());
  }

  @Test
  void everyBadInputIsAFailureRowAsInTheCli() {
    List<ManifestInput> failed = cli.inputs().stream().filter(e -> e.status() == InputStatus.FAILED).toList();
    List<Row> rows = parquet("spark", "failures");
    assertEquals(failed.size(), rows.size());
    for (int i = 0; i < failed.size(); i++) {
      ManifestInput e = failed.get(i);
      assertEquals(List.of(e.path(), e.docId(), e.errorCode(), e.error()),
          List.of(rows.get(i).getString(0), rows.get(i).getString(1), rows.get(i).getString(2), rows.get(i).getString(3)));
    }
    List<String> codes = rows.stream().map(r -> r.getString(0).replaceAll(".*/", "") + " " + r.getString(2)).toList();
    assertEquals(List.of("big.txt TOO_LARGE", "empty.txt EMPTY", "junk.txt ENCODING", "truncated.docx CORRUPT"), codes);
  }

  @Test
  void theManifestCountsTheRun() throws IOException {
    JsonNode m = JSON.readTree(tmp.resolve("spark/_manifest.json").toFile());
    assertEquals(cli.rulesSha256(), m.get("rulesSha256").asText());
    assertEquals(CorpusRun.toolVersion(), m.get("toolVersion").asText());
    assertEquals(11, m.get("documents").asInt());
    assertEquals(7, m.get("ok").asInt());
    assertEquals(4, m.get("failed").asInt());
    assertEquals(parquet("spark", "indicators").size(), m.get("indicators").asLong());
    assertEquals(3, m.get("partitions").asInt());
    assertFalse(Files.exists(tmp.resolve("spark/._manifest.json.part")));
  }

  @Test
  void duckDbReadsTheParquetAsTheReadmeShows() throws SQLException, IOException {
    String dir = tmp.resolve("spark").toString();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet('" + dir + "/indicators/*.parquet')")) {
        rs.next();
        assertEquals(csvRows(cliOut.resolve("indicators.csv")).size() - 1, rs.getLong(1));
      }
      try (ResultSet rs = st.executeQuery("SELECT region, name, unit, baselineValue, targetValue, targetYear, nature"
          + " FROM read_parquet('" + dir + "/indicators/*.parquet')"
          + " WHERE canonicalId = 'physicians_per_1000' ORDER BY targetValue DESC")) {
        int rows = 0;
        while (rs.next()) {
          rows++;
          assertEquals(2025, rs.getInt("targetYear"));
        }
        assertTrue(rows >= 5, "every corpus plan has physicians per 1000: " + rows);
      }
      try (ResultSet rs = st.executeQuery("SELECT f.code, count(*) FROM read_parquet('" + dir
          + "/failures/*.parquet') f GROUP BY f.code ORDER BY f.code")) {
        List<String> codes = new ArrayList<>();
        while (rs.next()) {
          codes.add(rs.getString(1) + "=" + rs.getLong(2));
        }
        assertEquals(List.of("CORRUPT=1", "EMPTY=1", "ENCODING=1", "TOO_LARGE=1"), codes);
      }
    }
  }

  private static List<Row> parquet(String out, String table) {
    return spark.read().parquet(tmp.resolve(out).resolve(table).toString()).collectAsList();
  }

  /** The part files of plans/ in name order, their lines concatenated. */
  private static List<String> planLines(Path out) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(out.resolve("plans"))) {
      for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  private static List<String[]> csvRows(Path csv) throws IOException {
    String text = Files.readString(csv, StandardCharsets.UTF_8).substring(1);
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(text)) {
      return it.readAll();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
