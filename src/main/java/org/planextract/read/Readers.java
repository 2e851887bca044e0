package org.planextract.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.planextract.model.ErrorCode;
import org.planextract.model.Format;
import org.planextract.problems.PlanExtractException;

/**
 * The readers of a run. A file is read by its content when its first bytes name a container
 * ({@link ContentSniffer}: docx, OLE2 Word, PDF), else by its extension; the first registered
 * reader of that format (or extension) reads it. Adding a format is one entry in the list.
 */
public final class Readers {
  private final List<DocumentReader> readers;
  private final ContentSniffer sniffer = new ContentSniffer();

  public Readers(HtmlRules htmlRules) {
    this(List.of(new TxtReader(), new DocxReader(), new DocReader(), new HtmlReader(htmlRules), new PdfReader()));
  }

  /** A registry of the given readers, tried in this order (tests register fakes). */
  Readers(List<DocumentReader> readers) {
    this.readers = List.copyOf(readers);
  }

  /** The reader whose extension the path has, if any (content is not looked at). */
  public Optional<DocumentReader> forPath(Path path) {
    return readers.stream().filter(r -> r.supports(path)).findFirst();
  }

  /**
   * The reader for a file: by content when its signature is definite, else by extension.
   *
   * @throws PlanExtractException UNSUPPORTED_FORMAT when no registered reader fits, with the reason
   */
  public DocumentReader forInput(Path path, byte[] bytes) {
    Optional<Format> sniffed = sniffer.sniff(bytes);
    if (sniffed.isPresent()) {
      Format format = sniffed.get();
      return readers.stream().filter(r -> r.format() == format).findFirst()
          .orElseThrow(() -> new PlanExtractException(ErrorCode.UNSUPPORTED_FORMAT,
              "the file is a " + describe(format) + ", which this build does not read (expected "
                  + supportedExtensions() + ")"));
    }
    return forPath(path).orElseThrow(() -> new PlanExtractException(ErrorCode.UNSUPPORTED_FORMAT,
        "unsupported file type (expected " + supportedExtensions() + ")"));
  }

  private static String describe(Format format) {
    return switch (format) {
      case PDF -> "PDF";
      case DOC -> "Word 97–2003 (OLE2) document";
      case DOCX -> "Word .docx document";
      default -> format.wire().toUpperCase(Locale.ROOT) + " file";
    };
  }

  /** Extensions accepted, for messages: ".txt, .docx, .doc, .wps, .html, .htm, .pdf". */
  public static String supportedExtensions() {
    return ".txt, .docx, .doc, .wps, .html, .htm, .pdf";
  }
}
