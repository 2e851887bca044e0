package org.planextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planextract.write.JsonOutput;

/**
 * Golden files for plans written unlike the corpus (other cities, other numbering habits, other
 * page layouts): {@code src/test/resources/golden/<case>/input.*} must give exactly
 * {@code expected.json}. Run with {@code -Dgolden.update=true} to rewrite the expected files, then
 * review them as a git diff; never edit them by hand.
 */
class GoldenFileTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void extractionEqualsGolden(String name) throws IOException {
    Path dir = GOLDEN.resolve(name);
    Path input;
    try (Stream<Path> files = Files.list(dir)) {
      input = files.filter(p -> p.getFileName().toString().startsWith("input.")).findFirst()
          .orElseThrow(() -> new AssertionError(name + " has no input.*"));
    }
    String actual = new JsonOutput().pretty(
        CorpusExtraction.extractor().extract(input, Files.readAllBytes(input), name));
    Path expected = dir.resolve("expected.json");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(expected), "no expected.json for " + name + ": run with -Dgolden.update=true and review");
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, name);
  }
}
