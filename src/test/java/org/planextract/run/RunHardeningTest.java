package org.planextract.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planextract.CorpusExtraction;
import org.planextract.TestCorpus;
import org.planextract.model.ManifestInput;

/**
 * The run's own files under attack: a damaged or planted journal, a second run into the same
 * folder, plan names that collide with the run's files, vanished inputs, a full or read-only disk.
 */
class RunHardeningTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String PLAN = "某州“十四五”卫生健康规划\n一、发展目标\n到2025年，居民健康素养水平达到30%。\n";

  @TempDir
  Path tmp;

  private RunResult run(Path in, Path out, boolean incremental, List<String> warnings) throws IOException {
    RunOptions options = new RunOptions(out, RunOptions.DEFAULT_MAX_BYTES, 2, Duration.ofSeconds(120), incremental);
    return new CorpusRun(CorpusExtraction.extractor(), options).run(List.of(in), new RunListener() {
      @Override
      public void inputDone(ManifestInput entry, int done, int total) {
      }

      @Override
      public void warning(String message) {
        warnings.add(message);
      }
    });
  }

  private Path plans(String... names) throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (String n : names) {
      Files.writeString(in.resolve(n), PLAN, StandardCharsets.UTF_8);
    }
    return in;
  }

  @Test
  void aDamagedJournalIsSkippedLineByLineWithAWarning() throws IOException {
    Path in = plans("a.txt", "b.txt");
    Path out = tmp.resolve("out");
    run(in, out, false, new ArrayList<>());
    Path journal = out.resolve(RunJournal.FILE);
    String good = Files.readString(journal);
    Files.writeString(journal, "null\n{\"path\":\"" + in.resolve("a.txt") + "\"}\n[1,2]\n{torn\n" + good);
    List<String> warnings = new ArrayList<>();
    RunResult again = run(in, out, true, warnings);
    assertTrue(again.allOk());
    assertEquals(2, again.manifest().inputs().stream().filter(ManifestInput::skipped).count());
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(Files.exists(out.resolve("a.json")));
  }

  @Test
  void aSymlinkAtTheJournalIsReplacedNotFollowed() throws IOException {
    Path in = plans("a.txt");
    Path out = Files.createDirectories(tmp.resolve("out"));
    Path victim = Files.writeString(tmp.resolve("victim.txt"), "keep me");
    Files.createSymbolicLink(out.resolve(RunJournal.FILE), victim);
    List<String> warnings = new ArrayList<>();
    assertTrue(run(in, out, true, warnings).allOk());
    assertEquals("keep me", Files.readString(victim));
    assertFalse(Files.isSymbolicLink(out.resolve(RunJournal.FILE)));
    assertEquals(1, warnings.size());
  }

  @Test
  void aSecondRunIntoTheSameFolderRefusesAtOnce() throws IOException {
    Path in = plans("a.txt");
    Path out = Files.createDirectories(tmp.resolve("out"));
    try (RunLock held = RunLock.acquire(out)) {
      OutputUnwritableException e = assertThrows(OutputUnwritableException.class,
          () -> run(in, out, false, new ArrayList<>()));
      assertTrue(e.getMessage().contains("in use by another plan-extract run"), e.getMessage());
      assertNotNull(held);
    }
    assertTrue(run(in, out, false, new ArrayList<>()).allOk(), "the lock is released");
  }

  @Test
  void plansNeverTakeTheNamesOfTheRunsFiles() throws IOException {
    String longName = "长".repeat(82) + ".txt";
    Path in = plans("manifest.txt", "Manifest.docx.txt", "corpus.txt", longName);
    Path out = tmp.resolve("out");
    RunResult r = run(in, out, false, new ArrayList<>());
    assertTrue(r.allOk(), r.manifest().inputs().toString());
    List<String> ids = r.manifest().inputs().stream().map(ManifestInput::docId).toList();
    assertTrue(ids.contains("manifest-2") && ids.contains("corpus-2"), ids.toString());
    JsonNode manifest = MAPPER.readTree(out.resolve("manifest.json").toFile());
    assertEquals("plan-extract", manifest.get("tool").asText());
    assertTrue(Files.exists(out.resolve("manifest-2.json")));
  }

  @Test
  void theJsonOfAVanishedInputIsRemoved() throws IOException {
    Path in = plans("a.txt", "b.txt");
    Path out = tmp.resolve("out");
    run(in, out, false, new ArrayList<>());
    Files.delete(in.resolve("b.txt"));
    RunResult r = run(in, out, true, new ArrayList<>());
    assertEquals(1, r.manifest().documents());
    assertFalse(Files.exists(out.resolve("b.json")));
    assertTrue(Files.exists(out.resolve("a.json")));
  }

  @Test
  void aFullDiskIsAnOutputFailureNeverTheInputs() throws Exception {
    Path mount = Files.createDirectories(tmp.resolve("small"));
    assumeTrue(mount(mount, "size=160k"), "needs root and tmpfs (mount -t tmpfs)");
    try {
      Path in = Files.createDirectories(tmp.resolve("corpus"));
      for (String docId : TestCorpus.docIds()) {
        Files.copy(TestCorpus.file(docId, "txt"), in.resolve(docId + ".txt"));
      }
      RunResult r = run(in, mount.resolve("out"), false, new ArrayList<>());
      assertNotNull(r.outputFailure());
      assertTrue(r.manifest().inputs().stream().noneMatch(e -> "UNREADABLE_INPUT".equals(e.errorCode())));
      try (var files = Files.list(mount.resolve("out"))) {
        assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "temp files left");
      }
      for (String line : Files.readAllLines(mount.resolve("out").resolve(RunJournal.FILE))) {
        JsonNode e = MAPPER.readTree(line);
        assertTrue(Files.exists(mount.resolve("out").resolve(e.get("docId").asText() + ".json")), line);
      }
    } finally {
      umount(mount);
    }
  }

  @Test
  void aReadOnlyOutputFolderIsAnOutputFailure() throws Exception {
    Path mount = Files.createDirectories(tmp.resolve("ro"));
    assumeTrue(mount(mount, "size=1m"), "needs root and tmpfs (as root, chmod does not stop writes)");
    try {
      Files.createDirectories(mount.resolve("out"));
      assertEquals(0, new ProcessBuilder("mount", "-o", "remount,ro", mount.toString()).start().waitFor());
      Path in = plans("a.txt");
      OutputUnwritableException e = assertThrows(OutputUnwritableException.class,
          () -> run(in, mount.resolve("out"), false, new ArrayList<>()));
      assertTrue(e.getMessage().contains("Read-only") || e.getMessage().contains("cannot write"), e.getMessage());
    } finally {
      umount(mount);
    }
  }

  @Test
  void anInputThatFailsIsNotBlamedOnTheOutput() throws IOException {
    Path in = plans("a.txt");
    Files.write(in.resolve("empty.txt"), new byte[0]);
    RunResult r = run(in, tmp.resolve("out"), false, new ArrayList<>());
    assertNull(r.outputFailure());
    assertEquals(1, r.manifest().failed());
  }

  private static boolean mount(Path dir, String options) throws InterruptedException {
    try {
      return new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static void umount(Path dir) throws Exception {
    new ProcessBuilder("umount", "-l", dir.toString()).start().waitFor();
  }
}
