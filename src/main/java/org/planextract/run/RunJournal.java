package org.planextract.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The record of documents written into an output folder ({@code .plan-extract-state.jsonl}), one
 * line appended per written document and flushed at once, so that an interrupted run leaves a
 * journal that the next {@code --incremental} run can trust. A torn last line is ignored.
 */
final class RunJournal implements AutoCloseable {
  static final String FILE = ".plan-extract-state.jsonl";

  /**
   * What was extracted from an input, and by which rules and tool version; {@code format},
   * {@code rules} (sha256 per rule file) and {@code ruleIds} (the target rules that made its items)
   * let {@code --incremental} tell which plans a rule edit can affect (null in older journals).
   */
  record Entry(String path, String docId, String sha256, String rulesSha256, String toolVersion, String format,
      java.util.Map<String, String> rules, java.util.List<String> ruleIds) {
    Entry(String path, String docId, String sha256, String rulesSha256, String toolVersion) {
      this(path, docId, sha256, rulesSha256, toolVersion, null, null, null);
    }
  }

  private final ObjectMapper mapper = new ObjectMapper();
  private final Writer writer;
  private final Map<String, Entry> previous;

  private RunJournal(Writer writer, Map<String, Entry> previous) {
    this.writer = writer;
    this.previous = previous;
  }

  /** Opens the journal of {@code outDir}: kept and read when {@code keep}, else started afresh. */
  static RunJournal open(Path outDir, boolean keep) throws IOException {
    Path file = outDir.resolve(FILE);
    Map<String, Entry> previous = new HashMap<>();
    ObjectMapper mapper = new ObjectMapper();
    if (keep && Files.isRegularFile(file)) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (String line : lines) {
        try {
          Entry e = mapper.readValue(line, Entry.class);
          previous.put(e.path(), e);
        } catch (JsonProcessingException torn) {
          // An interrupted append leaves at most one partial line; it names nothing reliable.
          continue;
        }
      }
    }
    Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, keep ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
    return new RunJournal(writer, previous);
  }

  Optional<Entry> previous(String path) {
    return Optional.ofNullable(previous.get(path));
  }

  synchronized void record(Entry entry) throws IOException {
    writer.write(mapper.writeValueAsString(entry));
    writer.write('\n');
    writer.flush();
  }

  @Override
  public synchronized void close() throws IOException {
    writer.close();
  }
}
