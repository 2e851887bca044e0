package org.planextract.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The readers of a run, chosen by file extension; the first that supports a path reads it. */
public final class Readers {
  private final List<DocumentReader> readers;

  public Readers(HtmlRules htmlRules) {
    this.readers = List.of(new TxtReader(), new DocxReader(), new HtmlReader(htmlRules), new PdfReader());
  }

  public Optional<DocumentReader> forPath(Path path) {
    return readers.stream().filter(r -> r.supports(path)).findFirst();
  }

  /** Extensions accepted, for messages: ".txt, .docx, .html, .htm, .pdf". */
  public static String supportedExtensions() {
    return ".txt, .docx, .html, .htm, .pdf";
  }
}
