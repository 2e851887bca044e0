package org.planextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planextract.TestCorpus;

/** {@code extract} writes every aggregate; {@code compare DIR} rebuilds the comparison of an output folder. */
class CompareCommandTest {
  @TempDir
  Path tmp;

  @Test
  void extractWritesTheAggregatesAndCompareRebuildsTheComparison() throws IOException {
    Path out = tmp.resolve("out");
    CliRun r = CliRun.of("extract", "-q", "--out", out.toString(), TestCorpus.CORPUS.toString());
    assertEquals(0, r.code(), r.err());
    for (String f : List.of("compare.csv", "compare.html", "targets.csv", "corpus.sqlite")) {
      assertTrue(Files.size(out.resolve(f)) > 0, f);
    }
    String csv = Files.readString(out.resolve("compare.csv"), StandardCharsets.UTF_8);
    Files.delete(out.resolve("compare.csv"));
    Files.delete(out.resolve("compare.html"));
    CliRun c = CliRun.of("compare", out.toString());
    assertEquals(0, c.code(), c.err());
    assertTrue(c.out().contains("5 plans"), c.out());
    assertEquals(csv, Files.readString(out.resolve("compare.csv"), StandardCharsets.UTF_8), "same as extract wrote");
    assertTrue(Files.isRegularFile(out.resolve("compare.html")));
  }

  @Test
  void compareOfAFolderWithoutPlansIsAUsageError() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    CliRun c = CliRun.of("compare", empty.toString());
    assertEquals(2, c.code());
    assertTrue(c.err().contains("no plan files"), c.err());
    assertEquals(2, CliRun.of("compare", tmp.resolve("missing").toString()).code());
  }
}
