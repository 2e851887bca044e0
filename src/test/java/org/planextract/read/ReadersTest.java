package org.planextract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.planextract.TestCorpus;
import org.planextract.model.ErrorCode;
import org.planextract.model.Format;
import org.planextract.problems.PlanExtractException;

/** Readers are chosen by content when the bytes carry a container signature, else by extension. */
class ReadersTest {
  private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
  private final Readers readers = new Readers(TestCorpus.rules().html());

  private static byte[] corpus(String format) throws IOException {
    return Files.readAllBytes(TestCorpus.file(TestCorpus.docIds().get(0), format));
  }

  @Test
  void wordFilesAreReadByContentWhateverTheirName() throws IOException {
    byte[] doc = corpus("doc");
    byte[] docx = corpus("docx");
    assertInstanceOf(DocReader.class, readers.forInput(Path.of("a.docx"), doc));
    assertInstanceOf(DocReader.class, readers.forInput(Path.of("a.wps"), doc));
    assertInstanceOf(DocReader.class, readers.forInput(Path.of("a.html"), doc));
    assertInstanceOf(DocxReader.class, readers.forInput(Path.of("a.doc"), docx));
    assertInstanceOf(DocxReader.class, readers.forInput(Path.of("a.txt"), docx));
  }

  @Test
  void withoutSignatureTheExtensionDecides() {
    byte[] text = "某县“十四五”卫生健康规划\n".getBytes(StandardCharsets.UTF_8);
    assertInstanceOf(TxtReader.class, readers.forInput(Path.of("a.txt"), text));
    assertInstanceOf(HtmlReader.class, readers.forInput(Path.of("a.HTM"), text));
    assertInstanceOf(DocReader.class, readers.forInput(Path.of("a.doc"), text), "the doc reader says why not");
    assertInstanceOf(DocxReader.class, readers.forInput(Path.of("a.docx"), new byte[] {'P', 'K', 3, 4}),
        "a broken docx is reported by the docx reader");
    PlanExtractException e = assertThrows(PlanExtractException.class,
        () -> readers.forInput(Path.of("a.rtf"), text));
    assertEquals(ErrorCode.UNSUPPORTED_FORMAT, e.code());
  }

  @Test
  void aPdfWithoutPdfReaderIsUnsupportedWithTheReason() {
    Readers noPdf = new Readers(List.of(new TxtReader(), new DocxReader(), new DocReader()));
    for (String name : new String[] {"plan.pdf", "plan.html", "plan.doc"}) {
      PlanExtractException e = assertThrows(PlanExtractException.class, () -> noPdf.forInput(Path.of(name), PDF));
      assertEquals(ErrorCode.UNSUPPORTED_FORMAT, e.code());
      assertTrue(e.getMessage().contains("PDF"), e.getMessage());
    }
  }

  @Test
  void aRegisteredPdfReaderGetsPdfBytesUnderAnyName() {
    DocumentReader fakePdf = new DocumentReader() {
      @Override
      public Format format() {
        return Format.PDF;
      }

      @Override
      public boolean supports(Path path) {
        return path.toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
      }

      @Override
      public SourceText read(byte[] bytes) {
        throw new UnsupportedOperationException("not read in this test");
      }
    };
    Readers withPdf = new Readers(List.of(new TxtReader(), fakePdf));
    assertSame(fakePdf, withPdf.forInput(Path.of("attachment.html"), PDF));
    assertSame(fakePdf, withPdf.forInput(Path.of("attachment.txt"), PDF));
  }

  @Test
  void sniffingLooksOnlyAtDefiniteSignatures() {
    ContentSniffer sniffer = new ContentSniffer();
    assertEquals(Format.PDF, sniffer.sniff(("\r\n" + new String(PDF, StandardCharsets.ISO_8859_1))
        .getBytes(StandardCharsets.ISO_8859_1)).orElseThrow());
    assertTrue(sniffer.sniff("<p>see %PDF-1.4 files</p>".getBytes(StandardCharsets.UTF_8)).isEmpty(),
        "html quoting a PDF header is not a PDF");
    assertTrue(sniffer.sniff(new byte[] {'P', 'K', 3, 4, 'x', 'l', '/'}).isEmpty(), "a zip without word/ part");
    assertTrue(sniffer.sniff(new byte[0]).isEmpty());
    assertTrue(sniffer.sniff(new byte[] {(byte) 0xD0, (byte) 0xCF}).isEmpty(), "a cut signature says nothing");
  }
}
