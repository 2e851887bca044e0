package org.planextract.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.planextract.CorpusExtraction;
import org.planextract.TestCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parallel, incremental and interrupted runs lose and duplicate nothing. */
class IncrementalRunTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path tmp;

  private Path copyCorpus() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (String docId : TestCorpus.docIds()) {
      Files.copy(TestCorpus.file(docId, "txt"), in.resolve(docId + ".txt"));
    }
    return in;
  }

  private static JsonNode run(Path in, Path out, int threads, boolean incremental) throws IOException {
    RunOptions options = new RunOptions(out, RunOptions.DEFAULT_MAX_BYTES, threads, Duration.ofSeconds(120), incremental);
    new CorpusRun(CorpusExtraction.extractor(), options).run(List.of(in), (e, d, t) -> { });
    return MAPPER.readTree(out.resolve("manifest.json").toFile());
  }

  private static long skipped(JsonNode manifest) {
    long n = 0;
    for (JsonNode e : manifest.get("inputs")) {
      n += e.get("skipped").asBoolean() ? 1 : 0;
    }
    return n;
  }

  @Test
  void unchangedInputsAreSkippedAndChangedOnesRedone() throws IOException {
    Path in = copyCorpus();
    Path out = tmp.resolve("out");
    run(in, out, 2, false);
    String jsonl = Files.readString(out.resolve("corpus.jsonl"));

    JsonNode again = run(in, out, 2, true);
    assertEquals(5, skipped(again));
    assertEquals(jsonl, Files.readString(out.resolve("corpus.jsonl")));

    Path changed = in.resolve(TestCorpus.docIds().get(3) + ".txt");
    Files.writeString(changed, "\n到2025年，居民健康素养水平达到35%。\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    JsonNode third = run(in, out, 2, true);
    assertEquals(4, skipped(third));
    assertFalse(third.get("inputs").get(3).get("skipped").asBoolean());
    assertTrue(Files.readString(out.resolve("corpus.jsonl")).contains("35%"));
  }

  @Test
  void anInterruptedRunIsFinishedByTheNextIncrementalRun() throws IOException {
    Path in = copyCorpus();
    Path out = tmp.resolve("out");
    run(in, out, 2, false);
    // As a kill would leave it: no manifest or aggregates, one plan not yet written, a torn journal line.
    Files.delete(out.resolve("manifest.json"));
    Files.delete(out.resolve("corpus.jsonl"));
    String lost = TestCorpus.docIds().get(4);
    Files.delete(out.resolve(lost + ".json"));
    Files.writeString(out.resolve(RunJournal.FILE), "{\"path\":\"in/x.txt\",\"do", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    Path torn = out.resolve("." + lost + ".json123.part");
    Files.writeString(torn, "{\"schemaVersion\": 1, \"doc", StandardCharsets.UTF_8);

    JsonNode manifest = run(in, out, 2, true);
    assertEquals(4, skipped(manifest));
    assertEquals(5, manifest.get("ok").asInt());
    List<String> lines = Files.readAllLines(out.resolve("corpus.jsonl"), StandardCharsets.UTF_8);
    assertEquals(5, lines.size());
    assertEquals(5, lines.stream().map(l -> {
      try {
        return MAPPER.readTree(l).get("docId").asText();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).distinct().count());
    assertTrue(Files.exists(out.resolve(lost + ".json")));
    assertFalse(Files.exists(torn), "a temp file left by the killed run is removed");
  }

  @Test
  void oneThreadAndTwoThreadsWriteTheSameFiles() throws IOException {
    Path in = copyCorpus();
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    run(in, one, 1, false);
    run(in, two, 2, false);
    try (Stream<Path> files = Files.list(one)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".jsonl")).toList()) {
        // The manifest has timings and the journal is in completion order; the outputs must agree.
        if (f.getFileName().toString().equals("manifest.json") || f.getFileName().toString().startsWith(".")) {
          continue;
        }
        assertEquals(Files.readString(f), Files.readString(two.resolve(f.getFileName())), f.getFileName().toString());
      }
    }
  }
}
