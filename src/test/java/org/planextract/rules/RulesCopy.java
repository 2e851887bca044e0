package org.planextract.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The project's rule files copied into a test's folder, to be edited there as an annotator would:
 * a text replaced in one file, failing the test when that text is not in the file (so a test never
 * passes on an edit that did not happen).
 */
final class RulesCopy {
  private final Path dir;

  RulesCopy(Path dir) {
    this.dir = dir;
  }

  /** Copies every rule file of rules/ into the folder (over an earlier copy) and returns the folder. */
  Path copy() throws IOException {
    for (String f : RuleLoader.FILES) {
      Files.copy(Path.of("rules", f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
    }
    return dir;
  }

  /** Replaces {@code from} with {@code to} in one copied file. */
  void edit(String file, String from, String to) throws IOException {
    Path p = dir.resolve(file);
    String s = Files.readString(p, StandardCharsets.UTF_8);
    assertTrue(s.contains(from), "fixture text not found: " + from);
    Files.writeString(p, s.replace(from, to), StandardCharsets.UTF_8);
  }
}
