package org.planextract.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The record of documents written into an output folder ({@code .plan-extract-state.jsonl}), one
 * line appended per written document and flushed at once, so that an interrupted run leaves a
 * journal that the next {@code --incremental} run can trust. Read defensively: a torn, foreign,
 * {@code null} or incomplete line is skipped with one warning, never fatal. The file is never
 * followed through a symlink: a symlink (or anything not a regular file) at its path is replaced,
 * and the journal is opened with {@code O_NOFOLLOW}.
 */
final class RunJournal implements AutoCloseable {
  static final String FILE = ".plan-extract-state.jsonl";
  private static final int MAX_LINE_CHARS = 1 << 16;

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

  /**
   * Opens the journal of {@code outDir}: its entries are read in any case (a run removes the
   * outputs of inputs it no longer has); the file is appended to when {@code keep}, else started
   * afresh. Problems with the old file go to {@code warn}.
   */
  static RunJournal open(Path outDir, boolean keep, Consumer<String> warn) throws IOException {
    Path file = outDir.resolve(FILE);
    Map<String, Entry> previous = new LinkedHashMap<>();
    BasicFileAttributes attrs = attributes(file);
    if (attrs != null && !attrs.isRegularFile()) {
      warn.accept(FILE + " is not a regular file (a symlink?); it is replaced, not followed");
      Files.delete(file);
      keep = false;
    } else if (attrs != null) {
      read(file, previous, warn);
    }
    OpenOption[] options = {StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS,
        keep ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING};
    OutputStream out = Files.newOutputStream(file, options);
    if (keep) {
      startOnNewLine(out, previous.values());
    }
    return new RunJournal(new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)),
        previous);
  }

  /** A kept journal may end in a torn line: a newline first, so the next entry starts clean. */
  private static void startOnNewLine(OutputStream out, Collection<Entry> entries) throws IOException {
    if (!entries.isEmpty()) {
      out.write('\n');
      out.flush();
    }
  }

  private static BasicFileAttributes attributes(Path file) throws IOException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (java.nio.file.NoSuchFileException e) {
      return null;
    }
  }

  private static void read(Path file, Map<String, Entry> previous, Consumer<String> warn) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    int skipped = 0;
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), decoder))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        Optional<Entry> e = line.length() > MAX_LINE_CHARS ? Optional.empty() : parse(mapper, line);
        if (e.isPresent()) {
          previous.put(e.get().path(), e.get());
        } else {
          skipped++;
        }
      }
    }
    if (skipped > 0) {
      warn.accept(FILE + ": " + skipped + " unreadable line(s) skipped (torn or foreign); "
          + "their inputs are extracted again");
    }
  }

  private static Optional<Entry> parse(ObjectMapper mapper, String line) {
    try {
      JsonNode node = mapper.readTree(line);
      if (node == null || !node.isObject()) {
        return Optional.empty();
      }
      List<String> fields = new ArrayList<>();
      for (String name : List.of("path", "docId", "sha256", "rulesSha256", "toolVersion")) {
        JsonNode v = node.get(name);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
          return Optional.empty();
        }
        fields.add(v.asText());
      }
      // format, the per-file rule checksums and the target rule ids are optional (older journals
      // lack them); when present they must have their types, or the planner gets no per-file record
      JsonNode format = node.get("format");
      java.util.Map<String, String> rules = null;
      JsonNode rulesNode = node.get("rules");
      if (rulesNode != null && rulesNode.isObject()) {
        rules = new java.util.TreeMap<>();
        for (var it = rulesNode.fields(); it.hasNext(); ) {
          var e = it.next();
          if (!e.getValue().isTextual()) {
            rules = null;
            break;
          }
          rules.put(e.getKey(), e.getValue().asText());
        }
      }
      List<String> ruleIds = null;
      JsonNode idsNode = node.get("ruleIds");
      if (idsNode != null && idsNode.isArray()) {
        ruleIds = new ArrayList<>();
        for (JsonNode id : idsNode) {
          if (!id.isTextual()) {
            ruleIds = null;
            break;
          }
          ruleIds.add(id.asText());
        }
      }
      return Optional.of(new Entry(fields.get(0), fields.get(1), fields.get(2), fields.get(3), fields.get(4),
          format != null && format.isTextual() ? format.asText() : null, rules, ruleIds));
    } catch (JsonProcessingException torn) {
      // An interrupted append leaves at most one partial line; a foreign line names nothing reliable.
      return Optional.empty();
    }
  }

  Optional<Entry> previous(String path) {
    return Optional.ofNullable(previous.get(path));
  }

  /** Every entry of the journal as the run found it. */
  Collection<Entry> previousEntries() {
    return previous.values();
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
