package org.planextract.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
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
 * Writes every aggregate file, one plan at a time, each into a temporary file moved into place
 * when complete: corpus.jsonl, indicators.csv, targets.csv, indicators.xlsx, compare.csv,
 * compare.html and corpus.sqlite. A {@link Session} takes the plans in input order as they come
 * (a run feeds it while later documents are still being extracted); {@link #write} rebuilds them
 * from per-plan files. Only the comparison entries (a few fields per plan and indicator) are held
 * in memory, for compare.html.
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

  /** All aggregates, rebuilt from the per-plan files in the given order. */
  public void write(List<Path> planFiles, Path outDir) throws IOException {
    try (Session session = open(outDir)) {
      for (Path file : planFiles) {
        session.add(read(file));
      }
      session.commit();
    }
  }

  /** A plan as written to its per-plan file. */
  public PlanDocument read(Path planFile) throws IOException {
    return reader.readValue(planFile.toFile(), PlanDocument.class);
  }

  /**
   * Starts the aggregates of {@code outDir}: temp files are created now, filled by
   * {@link Session#add} and moved into place by {@link Session#commit}; closed without a commit,
   * the temp files are removed and the folder's aggregates are left as they were.
   */
  public Session open(Path outDir) throws IOException {
    return new Session(outDir);
  }

  /** The aggregates being filled, plan by plan; not thread-safe (one thread feeds it). */
  public final class Session implements AutoCloseable {
    private final Path outDir;
    private final List<Path> temps = new ArrayList<>();
    private final Path jsonl;
    private final Path csv;
    private final Path targetsCsv;
    private final Path compareCsv;
    private final Path sqlite;
    private final IndicatorsCsvWriter indicators = new IndicatorsCsvWriter();
    private final TargetsCsvWriter targets = new TargetsCsvWriter();
    private final CompareCsvWriter compare = new CompareCsvWriter();
    private final List<CompareEntry> entries = new ArrayList<>();
    private final List<Closer> open = new ArrayList<>();
    private final List<OutputStream> rawStreams = new ArrayList<>();
    private final BufferedWriter lines;
    private final BufferedWriter table;
    private final BufferedWriter targetRows;
    private final BufferedWriter compareRows;
    private final IndicatorsXlsxWriter.Streaming xlsx;
    private final SqliteCorpusWriter db;
    private int plans;
    private boolean closed;
    private boolean committed;

    private Session(Path outDir) throws IOException {
      this.outDir = outDir;
      try {
        jsonl = temp();
        csv = temp();
        targetsCsv = temp();
        compareCsv = temp();
        sqlite = temp();
        lines = writer(rawStream(jsonl));
        open.add(lines::close);
        table = writer(rawStream(csv));
        open.add(table::close);
        targetRows = writer(rawStream(targetsCsv));
        open.add(targetRows::close);
        compareRows = writer(rawStream(compareCsv));
        open.add(compareRows::close);
        xlsx = new IndicatorsXlsxWriter().streaming();
        open.add(xlsx::close);
        db = new SqliteCorpusWriter(sqlite, json.mapper());
        open.add(db::close);
        table.write(indicators.header());
        targetRows.write(targets.header());
        compareRows.write(compare.header());
      } catch (IOException | RuntimeException e) {
        discard(e);
        throw e;
      }
    }

    /** The next plan, in input order. */
    public void add(PlanDocument doc) throws IOException {
      lines.write(json.line(doc));
      lines.write('\n');
      table.write(indicators.rows(doc));
      targetRows.write(targets.rows(doc));
      List<CompareEntry> plan = context.compare().of(doc);
      compareRows.write(compare.rows(plan));
      entries.addAll(plan);
      xlsx.add(doc);
      db.add(doc);
      plans++;
    }

    /** Finishes every file and moves each into place. */
    public void commit() throws IOException {
      db.finish(new TreeMap<>(Map.of("tool_version", context.toolVersion(), "rules_sha256", context.rulesSha256())));
      files.write(outDir.resolve("indicators.xlsx"), xlsx.finish());
      files.write(outDir.resolve("compare.html"), comparePage(entries, plans, outDir));
      closeAll();
      move(jsonl, outDir.resolve("corpus.jsonl"));
      move(csv, outDir.resolve("indicators.csv"));
      move(targetsCsv, outDir.resolve("targets.csv"));
      move(compareCsv, outDir.resolve("compare.csv"));
      move(sqlite, outDir.resolve("corpus.sqlite"));
      committed = true;
    }

    /** Without a commit: the temp files are removed. */
    @Override
    public void close() throws IOException {
      if (!committed) {
        discard(null);
      }
    }

    private OutputStream rawStream(Path file) throws IOException {
      OutputStream out = Files.newOutputStream(file);
      rawStreams.add(out);
      return out;
    }

    private Path temp() throws IOException {
      Path t = AtomicFiles.temp(outDir);
      temps.add(t);
      return t;
    }

    private void closeAll() throws IOException {
      closed = true;
      List<Closer> toClose = new ArrayList<>(open);
      open.clear();
      IOException first = null;
      for (int i = toClose.size() - 1; i >= 0; i--) {
        try {
          toClose.get(i).close();
        } catch (IOException e) {
          if (first == null) {
            first = e;
          } else {
            first.addSuppressed(e);
          }
        }
      }
      if (first != null) {
        throw first;
      }
    }

    /**
     * Lets go of every file and deletes the temp files. The text files' buffers are dropped, not
     * flushed (their streams are closed beneath them): the content is being thrown away, and a full
     * disk, the usual reason to discard, would fail the flush.
     */
    private void discard(Exception cause) throws IOException {
      try {
        if (!closed) {
          closed = true;
          for (OutputStream raw : rawStreams) {
            raw.close();
          }
          if (xlsx != null) {
            xlsx.close();
          }
          if (db != null) {
            db.close();
          }
        }
      } catch (IOException e) {
        if (cause == null) {
          throw e;
        }
        cause.addSuppressed(e);
      } finally {
        open.clear();
        for (Path t : temps) {
          Files.deleteIfExists(t);
        }
      }
    }
  }

  /** Closes one open aggregate file. */
  @FunctionalInterface
  private interface Closer {
    void close() throws IOException;
  }

  /** compare.csv and compare.html only (the {@code compare} command over an existing output folder). */
  public void writeComparison(List<Path> planFiles, Path outDir) throws IOException {
    CompareCsvWriter compare = new CompareCsvWriter();
    StringBuilder csv = new StringBuilder(compare.header());
    List<CompareEntry> entries = new ArrayList<>();
    for (Path file : planFiles) {
      List<CompareEntry> plan = context.compare().of(read(file));
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

  /** UTF-8 that replaces what cannot be encoded (a lone surrogate) instead of failing the aggregate. */
  private static BufferedWriter writer(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  private static void move(Path from, Path to) throws IOException {
    AtomicFiles.readableByAll(from);
    AtomicFiles.moveInto(from, to);
  }
}
