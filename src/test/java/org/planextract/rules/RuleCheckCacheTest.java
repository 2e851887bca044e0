package org.planextract.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planextract.model.ErrorCode;
import org.planextract.problems.PlanExtractException;

/**
 * The cache of passed load-time checks: a pass is reused only for the same rule bytes and the same
 * code; a bad rule set is never stored and always fails; {@code rules test} never reads it.
 */
class RuleCheckCacheTest {
  @TempDir
  Path rules;

  @TempDir
  Path cacheDir;

  private void copyRules() throws IOException {
    new RulesCopy(rules).copy();
  }

  private void edit(String file, String from, String to) throws IOException {
    new RulesCopy(rules).edit(file, from, to);
  }

  private String sha256() throws IOException {
    List<byte[]> contents = new ArrayList<>();
    for (String f : RuleLoader.FILES) {
      contents.add(Files.readAllBytes(rules.resolve(f)));
    }
    return RuleLoader.checksum(contents);
  }

  private RuleLoader loader(String code) {
    return new RuleLoader(RuleLoader.ExampleFailures.FAIL, new RuleCheckCache(cacheDir, code));
  }

  private long entries() throws IOException {
    try (Stream<Path> files = Files.list(cacheDir)) {
      return files.filter(p -> p.toString().endsWith(".json")).count();
    }
  }

  private void makeBacktracking() throws IOException {
    edit("targets.yaml", "pattern: \"(?<indicator>.+?)(?<value>{LEVEL})\"",
        "pattern: \"(?<indicator>(?:.*?康){12}率)(?<value>{LEVEL})\"");
  }

  @Test
  void aPassIsStoredAndReusedWithTheSameExamples() throws IOException {
    copyRules();
    RuleSet checked = loader("code-1").loadDirectory(rules);
    assertEquals(1, entries());
    RuleSet cached = loader("code-1").loadDirectory(rules);
    assertEquals(checked.sha256(), cached.sha256());
    assertEquals(checked.examples(), cached.examples());
    assertFalse(cached.examples().isEmpty());
    assertEquals(new RuleLoader().loadDirectory(rules).examples(), cached.examples());
  }

  /** After an edit the files have another checksum: the old pass is not used, and the bad edit fails. */
  @Test
  void aCachedPassIsNotReusedAfterAnEdit() throws IOException {
    copyRules();
    loader("code-1").loadDirectory(rules);
    assertEquals(1, entries());
    edit("structure.yaml", "{text: \"一、规划背景\", number: \"一\", title: \"规划背景\"}",
        "{text: \"一、规划背景\", number: \"二\", title: \"规划背景\"}");
    PlanExtractException e = assertThrows(PlanExtractException.class, () -> loader("code-1").loadDirectory(rules));
    assertEquals(ErrorCode.BAD_RULES, e.code());
    assertTrue(e.getMessage().contains("number '一', expected '二'"), e.getMessage());
    makeBacktracking();
    e = assertThrows(PlanExtractException.class, () -> loader("code-1").loadDirectory(rules));
    assertTrue(e.getMessage().contains("rule target-level: pattern backtracks catastrophically"), e.getMessage());
    assertEquals(1, entries(), "a failing rule set is never stored");
  }

  @Test
  void aBadRuleSetIsNeverCachedAndFailsEveryTime() throws IOException {
    copyRules();
    makeBacktracking();
    for (int i = 0; i < 2; i++) {
      PlanExtractException e = assertThrows(PlanExtractException.class, () -> loader("code-1").loadDirectory(rules));
      assertEquals(ErrorCode.BAD_RULES, e.code());
      assertTrue(e.getMessage().contains("pattern backtracks catastrophically"), e.getMessage());
      assertEquals(0, entries());
    }
  }

  /**
   * An entry counts only for the code that wrote it: a (forged) pass for a backtracking rule set lets
   * that code skip the probes, and any other build checks again and refuses the rule.
   */
  @Test
  void anEntryIsKeyedByTheCodeIdentity() throws IOException {
    copyRules();
    makeBacktracking();
    new RuleCheckCache(cacheDir, "code-1").remember(sha256(), List.of());
    assertEquals(1, entries());
    assertTrue(loader("code-1").loadDirectory(rules).examples().isEmpty(), "the stored pass is used by its code");
    PlanExtractException e = assertThrows(PlanExtractException.class, () -> loader("code-2").loadDirectory(rules));
    assertTrue(e.getMessage().contains("pattern backtracks catastrophically"), e.getMessage());
  }

  /** {@code rules test} (report mode) always runs the examples, whatever the cache holds. */
  @Test
  void reportModeNeverReadsTheCache() throws IOException {
    copyRules();
    edit("structure.yaml", "{text: \"一、规划背景\", number: \"一\", title: \"规划背景\"}",
        "{text: \"一、规划背景\", number: \"二\", title: \"规划背景\"}");
    new RuleCheckCache(cacheDir, "code-1").remember(sha256(), List.of());
    RuleSet reported = new RuleLoader(RuleLoader.ExampleFailures.REPORT, new RuleCheckCache(cacheDir, "code-1"))
        .loadDirectory(rules);
    assertTrue(reported.examples().stream().anyMatch(x -> !x.passed() && x.failure().contains("expected '二'")));
  }

  @Test
  void aFailedExampleIsNeverRemembered() throws IOException {
    copyRules();
    new RuleCheckCache(cacheDir, "code-1").remember(sha256(),
        List.of(new RuleExample("structure.yaml", "cn-dun", "一、规划背景", false, "number '一', expected '二'")));
    assertEquals(0, entries());
  }

  @Test
  void aDamagedOrUnwritableCacheIsAMissNotAnError() throws IOException {
    copyRules();
    loader("code-1").loadDirectory(rules);
    try (Stream<Path> files = Files.list(cacheDir)) {
      for (Path p : files.toList()) {
        Files.writeString(p, "{not json");
      }
    }
    assertFalse(new RuleCheckCache(cacheDir, "code-1").passed(sha256()).isPresent());
    assertFalse(loader("code-1").loadDirectory(rules).examples().isEmpty());
    Path notADir = cacheDir.resolve("file");
    Files.writeString(notADir, "x");
    RuleCheckCache unwritable = new RuleCheckCache(notADir, "code-1");
    new RuleLoader(RuleLoader.ExampleFailures.FAIL, unwritable).loadDirectory(rules);
    assertEquals(Optional.empty(), unwritable.passed(sha256()));
  }

  /** The code identity is the jar's central directory: it changes when any entry's content does. */
  @Test
  void theCentralDirectoryChangesWithAnEntry() throws IOException {
    Path a = zip("a.jar", "one");
    Path b = zip("b.jar", "one");
    Path c = zip("c.jar", "two");
    assertArrayEquals(central(a), central(b));
    assertFalse(java.util.Arrays.equals(central(a), central(c)));
  }

  private Path zip(String name, String content) throws IOException {
    Path file = cacheDir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry entry = new ZipEntry("org/example/A.class");
      entry.setTime(0);
      zip.putNextEntry(entry);
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }

  private static byte[] central(Path zip) throws IOException {
    try (FileChannel channel = FileChannel.open(zip)) {
      return RuleCheckCache.centralDirectory(channel).orElseThrow();
    }
  }
}
