package org.planextract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.planextract.rules.RuleLoader;
import org.planextract.rules.RuleSet;

/** The five corpus plans in every format, and the project's rules, for tests. */
public final class TestCorpus {
  public static final Path CORPUS = Path.of("corpus");
  public static final Path FORMATS = Path.of("src/test/resources/corpus-formats");
  public static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  /**
   * Formats other than the corpus .txt, as folder names of corpus-formats: docx, docx as Word saves
   * it, .doc (Word 97), .doc saved from the Word-style docx (automatic numbers, text boxes), html.
   */
  public static final List<String> OTHER_FORMATS = List.of("docx", "docx-word", "doc", "doc-word", "html");
  /** PDF exports of the plans: by LibreOffice from docx/, and as Word saves them from docx-word/. */
  public static final List<String> PDF_FORMATS = List.of("pdf", "pdf-word");

  private static RuleSet rules;

  private TestCorpus() {}

  public static synchronized RuleSet rules() {
    if (rules == null) {
      rules = new RuleLoader().loadDirectory(Path.of("rules"));
    }
    return rules;
  }

  public static List<String> docIds() {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file of a plan in a format: "txt" for the corpus, else a folder of corpus-formats. */
  public static Path file(String docId, String format) {
    if (format.equals("txt")) {
      return CORPUS.resolve(docId + ".txt");
    }
    String ext = format.startsWith("docx") ? ".docx" : format.startsWith("pdf") ? ".pdf"
        : format.startsWith("doc") ? ".doc" : ".html";
    return FORMATS.resolve(format).resolve(docId + ext);
  }

  public static List<String> allFormats() {
    return Stream.concat(Stream.of("txt"), OTHER_FORMATS.stream()).toList();
  }
}
