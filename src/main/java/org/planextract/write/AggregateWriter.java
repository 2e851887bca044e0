package org.planextract.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.planextract.model.PlanDocument;

/**
 * Rebuilds corpus.jsonl, indicators.csv and indicators.xlsx from the per-plan files, one plan in
 * memory at a time, each into a temporary file moved into place when complete.
 */
public final class AggregateWriter {
  private final ObjectMapper reader;
  private final JsonOutput json;
  private final AtomicFiles files;

  public AggregateWriter(ObjectMapper reader, JsonOutput json, AtomicFiles files) {
    this.reader = reader;
    this.json = json;
    this.files = files;
  }

  public void write(List<Path> planFiles, Path outDir) throws IOException {
    Path jsonl = AtomicFiles.temp(outDir);
    Path csv = AtomicFiles.temp(outDir);
    IndicatorsCsvWriter csvWriter = new IndicatorsCsvWriter();
    // OutputStreamWriter replaces what UTF-8 cannot encode instead of failing the whole aggregate.
    try (BufferedWriter lines = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(jsonl), StandardCharsets.UTF_8));
        BufferedWriter table = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(csv), StandardCharsets.UTF_8));
        IndicatorsXlsxWriter.Streaming xlsx = new IndicatorsXlsxWriter().streaming()) {
      table.write(csvWriter.header());
      for (Path file : planFiles) {
        PlanDocument doc = reader.readValue(file.toFile(), PlanDocument.class);
        lines.write(json.line(doc));
        lines.write('\n');
        table.write(csvWriter.rows(doc));
        xlsx.add(doc);
      }
      files.write(outDir.resolve("indicators.xlsx"), xlsx.finish());
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(jsonl);
      Files.deleteIfExists(csv);
      throw e;
    }
    AtomicFiles.readableByAll(jsonl);
    AtomicFiles.readableByAll(csv);
    move(jsonl, outDir.resolve("corpus.jsonl"));
    move(csv, outDir.resolve("indicators.csv"));
  }

  private static void move(Path from, Path to) throws IOException {
    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
