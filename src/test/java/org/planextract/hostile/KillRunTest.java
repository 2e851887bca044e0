package org.planextract.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planextract.ScaleCorpusGenerator;

/**
 * A 300-plan run killed with SIGKILL, then again with SIGINT, at different points, then finished
 * with {@code --incremental}: each plan's JSON is there once and valid, corpus.jsonl holds each plan
 * exactly once, the manifest accounts for all 300, and no temp file is left.
 */
class KillRunTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int PLANS = 300;

  @TempDir
  Path tmp;

  @Test
  void killedRunsFinishedIncrementallyLoseAndDuplicateNothing() throws Exception {
    Path in = tmp.resolve("in");
    ScaleCorpusGenerator.main(new String[] {Integer.toString(PLANS), in.toString()});
    Path out = tmp.resolve("out");
    killAfter(in, out, 10, "KILL", false);
    killAfter(in, out, 40, "INT", true);
    Process last = ChildRun.start(tmp, "512m", "extract", "--threads", "2", "--incremental", "-q",
        "--out", out.toString(), in.toString());
    assertTrue(last.waitFor(10, TimeUnit.MINUTES), "the last run did not finish");
    assertEquals(0, last.exitValue(), Files.readString(tmp.resolve("stderr.txt")));

    JsonNode manifest = MAPPER.readTree(out.resolve("manifest.json").toFile());
    assertEquals(PLANS, manifest.get("ok").asInt());
    List<String> lines = Files.readAllLines(out.resolve("corpus.jsonl"), StandardCharsets.UTF_8);
    Set<String> ids = new HashSet<>();
    for (String line : lines) {
      assertTrue(ids.add(MAPPER.readTree(line).get("docId").asText()), "twice in corpus.jsonl");
    }
    assertEquals(PLANS, ids.size());
    for (String id : ids) {
      assertEquals(id, MAPPER.readTree(out.resolve(id + ".json").toFile()).get("docId").asText());
    }
    try (var files = Files.list(out)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "temp files left");
    }
  }

  /** Starts a run and signals it once {@code atJson} plans are written (or it ended by itself). */
  private void killAfter(Path in, Path out, int atJson, String signal, boolean incremental) throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("extract", "--threads", "2", "-q", "--out", out.toString()));
    if (incremental) {
      args.add("--incremental");
    }
    args.add(in.toString());
    Process p = ChildRun.start(tmp, "512m", args.toArray(String[]::new));
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (p.isAlive() && jsonFiles(out) < atJson && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    if (p.isAlive()) {
      new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor();
    }
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "killed run did not end");
  }

  private static long jsonFiles(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return 0;
    }
    try (var files = Files.list(out)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).count();
    }
  }
}
