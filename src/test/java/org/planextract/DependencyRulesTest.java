package org.planextract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the house style, checked by scanning imports: the model depends on nothing
 * of ours, each library stays in its stage, only the CLI prints or exits, no corpus plan is named
 * in code, and output never depends on the platform charset.
 */
class DependencyRulesTest {
  private static final Path MAIN = Path.of("src/main/java/org/planextract");

  private record Source(String pkg, Path path, String text) {}

  private static List<Source> sources() throws IOException {
    List<Source> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String rel = MAIN.relativize(p.getParent()).toString();
        out.add(new Source(rel.isEmpty() ? "" : rel, p, Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    return out;
  }

  private static void onlyIn(String importPrefix, Set<String> allowed) throws IOException {
    List<String> bad = new ArrayList<>();
    for (Source s : sources()) {
      if (s.text().contains("import " + importPrefix) && !allowed.contains(s.pkg())) {
        bad.add(s.path().toString());
      }
    }
    assertTrue(bad.isEmpty(), importPrefix + " used outside " + allowed + ": " + bad);
  }

  @Test
  void modelDependsOnNothingOfOurs() throws IOException {
    for (Source s : sources()) {
      if (s.pkg().equals("model")) {
        assertTrue(s.text().lines().filter(l -> l.startsWith("import org.planextract."))
            .allMatch(l -> l.startsWith("import org.planextract.model.")), s.path().toString());
      }
    }
  }

  /** Numerals are one small package both the readers and the structure stage use: it uses neither. */
  @Test
  void numeralsDependOnNothingOfOurs() throws IOException {
    List<String> bad = new ArrayList<>();
    for (Source s : sources()) {
      if (s.pkg().equals("numerals") && s.text().lines().anyMatch(l -> l.startsWith("import org.planextract."))) {
        bad.add(s.path().toString());
      }
      if (!s.pkg().equals("numerals") && (s.text().contains("class ChineseNumerals")
          || s.text().contains("class ChineseCounting"))) {
        bad.add(s.path() + " (numerals outside org.planextract.numerals)");
      }
    }
    assertTrue(bad.isEmpty(), bad.toString());
  }

  @Test
  void librariesStayInTheirStage() throws IOException {
    onlyIn("com.hankcs", Set.of("nlp"));
    onlyIn("org.jsoup", Set.of("read"));
    // POI reads .docx; the xlsx export is the one writer that uses it.
    onlyIn("org.apache.poi", Set.of("read", "write"));
    onlyIn("org.apache.xmlbeans", Set.of("read"));
    onlyIn("org.openxmlformats", Set.of("read"));
    onlyIn("org.apache.pdfbox", Set.of("read"));
    onlyIn("picocli", Set.of("cli"));
    onlyIn("me.tongfei", Set.of("cli"));
    // corpus.sqlite is written through JDBC, in the write package only.
    onlyIn("java.sql", Set.of("write"));
    onlyIn("org.sqlite", Set.of("write"));
    onlyIn("com.networknt", Set.of("fixtures"));
  }

  @Test
  void onlyTheCliPrintsOrExits() throws IOException {
    for (Source s : sources()) {
      if (!s.pkg().equals("cli")) {
        assertTrue(!s.text().contains("System.out") && !s.text().contains("System.err")
            && !s.text().contains("System.exit") && !s.text().contains("printStackTrace"), s.path().toString());
      }
    }
  }

  @Test
  void noPlatformCharsetAndNoCorpusPlanNamedInCode() throws IOException {
    for (Source s : sources()) {
      assertTrue(!s.text().contains("Charset.defaultCharset()") && !s.text().contains("new FileReader(")
          && !s.text().contains("new FileWriter("), s.path() + " depends on the platform charset");
      for (String name : List.of("乌海", "赤峰", "乳山", "安宁市", "周口", "dfb99cc", "0c4b1b1", "1f524b1", "4b3f00f", "5205556")) {
        assertTrue(!s.text().contains(name), s.path() + " names a corpus plan: " + name);
      }
    }
  }
}
