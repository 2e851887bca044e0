package org.planextract.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module keeps the house's layout: it uses the core only through its facade (no reader, NLP
 * or document library of its own), and only {@code cli} prints or exits.
 */
class ModuleRulesTest {
  private static final Path MAIN = Path.of("src/main/java/org/planextract/spark");

  @Test
  void noDocumentLibrariesAndNoPrintingOutsideCli() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        for (String banned : List.of("import com.hankcs", "import org.apache.poi", "import org.jsoup")) {
          if (text.contains(banned)) {
            problems.add(f + ": " + banned);
          }
        }
        boolean cli = f.startsWith(MAIN.resolve("cli"));
        for (String call : List.of("System.out", "System.err", "System.exit")) {
          if (!cli && text.contains(call)) {
            problems.add(f + ": " + call);
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }
}
