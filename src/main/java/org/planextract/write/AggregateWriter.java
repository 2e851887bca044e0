package org.planextract.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.planextract.compare.CompareEntry;
import org.planextract.compare.IndicatorGroups;
import org.planextract.model.PlanDocument;

/**
 * Rebuilds every aggregate file from the per-plan files, one plan read at a time, each into a
 * temporary file moved into place when complete: corpus.jsonl, indicators.csv, targets.csv,
 * indicators.xlsx, compare.csv, compare.html and corpus.sqlite. Only the comparison entries (a few
 * fields per plan and indicator) are held in memory, for compare.html.
 */
public final class AggregateWriter {
  private final ObjectMapper reader;
  private final JsonOutput json;
  private final AtomicFiles files;
  private final ExportContext context;

  public AggregateWriter(ObjectMapper reader, JsonOutput json, AtomicFiles files, ExportContext context) {
    this.reader = reader;
    this.json = json;
    this.files = files;
    this.context = context;
  }

  /** All aggregates. */
  public void write(List<Path> planFiles, Path outDir) throws IOException {
    List<Path> temps = new ArrayList<>();
    Path jsonl = temp(outDir, "corpus.jsonl", temps);
    Path csv = temp(outDir, "indicators.csv", temps);
    Path targetsCsv = temp(outDir, "targets.csv", temps);
    Path compareCsv = temp(outDir, "compare.csv", temps);
    Path sqlite = temp(outDir, "corpus.sqlite", temps);
    IndicatorsCsvWriter indicators = new IndicatorsCsvWriter();
    TargetsCsvWriter targets = new TargetsCsvWriter();
    CompareCsvWriter compare = new CompareCsvWriter();
    List<CompareEntry> entries = new ArrayList<>();
    try (BufferedWriter lines = writer(jsonl);
        BufferedWriter table = writer(csv);
        BufferedWriter targetRows = writer(targetsCsv);
        BufferedWriter compareRows = writer(compareCsv);
        IndicatorsXlsxWriter.Streaming xlsx = new IndicatorsXlsxWriter().streaming();
        SqliteCorpusWriter db = new SqliteCorpusWriter(sqlite, json.mapper())) {
      table.write(indicators.header());
      targetRows.write(targets.header());
      compareRows.write(compare.header());
      for (Path file : planFiles) {
        PlanDocument doc = reader.readValue(file.toFile(), PlanDocument.class);
        lines.write(json.line(doc));
        lines.write('\n');
        table.write(indicators.rows(doc));
        targetRows.write(targets.rows(doc));
        List<CompareEntry> plan = context.compare().of(doc);
        compareRows.write(compare.rows(plan));
        entries.addAll(plan);
        xlsx.add(doc);
        db.add(doc);
      }
      db.finish(new TreeMap<>(Map.of("tool_version", context.toolVersion(), "rules_sha256", context.rulesSha256())));
      files.write(outDir.resolve("indicators.xlsx"), xlsx.finish());
      files.write(outDir.resolve("compare.html"), comparePage(entries, planFiles.size(), outDir));
    } catch (IOException | RuntimeException e) {
      for (Path t : temps) {
        Files.deleteIfExists(t);
      }
      throw e;
    }
    move(jsonl, outDir.resolve("corpus.jsonl"));
    move(csv, outDir.resolve("indicators.csv"));
    move(targetsCsv, outDir.resolve("targets.csv"));
    move(compareCsv, outDir.resolve("compare.csv"));
    move(sqlite, outDir.resolve("corpus.sqlite"));
  }

  /** compare.csv and compare.html only (the {@code compare} command over an existing output folder). */
  public void writeComparison(List<Path> planFiles, Path outDir) throws IOException {
    CompareCsvWriter compare = new CompareCsvWriter();
    StringBuilder csv = new StringBuilder(compare.header());
    List<CompareEntry> entries = new ArrayList<>();
    for (Path file : planFiles) {
      List<CompareEntry> plan = context.compare().of(reader.readValue(file.toFile(), PlanDocument.class));
      csv.append(compare.rows(plan));
      entries.addAll(plan);
    }
    files.write(outDir.resolve("compare.csv"), csv.toString());
    files.write(outDir.resolve("compare.html"), comparePage(entries, planFiles.size(), outDir));
  }

  private String comparePage(List<CompareEntry> entries, int plans, Path outDir) {
    var groups = new IndicatorGroups().group(entries, context.compare().names());
    return new ComparePage().render(groups, plans, docId -> reviewPage(outDir, docId));
  }

  /** The review page of a plan, when the review command wrote one into {@code <out>/review/}. */
  private static Optional<String> reviewPage(Path outDir, String docId) {
    return Files.isRegularFile(outDir.resolve("review").resolve(docId + ".html"))
        ? Optional.of("review/" + docId + ".html") : Optional.empty();
  }

  /** A temp file of the project's pattern (a killed run's leftovers are recognised and removed). */
  private static Path temp(Path outDir, String name, List<Path> temps) throws IOException {
    Path t = AtomicFiles.temp(outDir);
    temps.add(t);
    return t;
  }

  /** UTF-8 that replaces what cannot be encoded (a lone surrogate) instead of failing the aggregate. */
  private static BufferedWriter writer(Path file) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
  }

  private static void move(Path from, Path to) throws IOException {
    AtomicFiles.readableByAll(from);
    AtomicFiles.moveInto(from, to);
  }
}
