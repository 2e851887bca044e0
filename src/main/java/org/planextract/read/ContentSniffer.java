package org.planextract.read;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.planextract.model.Format;

/**
 * Tells a container format from a file's first bytes, so that a .doc that is really a .docx, a
 * .html that is really a PDF or an OLE2 file, is read by what it is rather than by its name.
 * Only containers with an unambiguous signature are recognised: a ZIP holding a Word document
 * part (docx), an OLE2 compound file (doc: the Word reader checks for its WordDocument stream),
 * and {@code %PDF-}. Anything else (text, html, unknown bytes) is left to the file extension.
 */
final class ContentSniffer {
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] WORD_PART = "word/".getBytes(StandardCharsets.US_ASCII);
  /** How far into the file a %PDF- header may start (readers accept a little leading junk). */
  private static final int PDF_SEARCH = 1024;
  /** How much of a ZIP is searched for an entry name under word/ (local headers are near the start). */
  private static final int ZIP_SEARCH = 1 << 20;

  /** The format the bytes' signature names, or empty when the signature says nothing definite. */
  Optional<Format> sniff(byte[] bytes) {
    if (startsWith(bytes, OLE2)) {
      return Optional.of(Format.DOC);
    }
    if (startsWith(bytes, ZIP)) {
      return indexOf(bytes, WORD_PART, ZIP_SEARCH) >= 0 ? Optional.of(Format.DOCX) : Optional.empty();
    }
    if (indexOf(bytes, PDF, PDF_SEARCH) >= 0 && leadingJunkOnly(bytes, indexOf(bytes, PDF, PDF_SEARCH))) {
      return Optional.of(Format.PDF);
    }
    return Optional.empty();
  }

  /** What the first bytes look like, for a reason naming what a file is instead: "a ZIP archive". */
  String describe(byte[] bytes) {
    if (startsWith(bytes, ZIP)) {
      return "a ZIP archive without a Word document part";
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(java.util.Locale.ROOT);
    if (head.startsWith("{\\rtf")) {
      return "an RTF file";
    }
    if (head.startsWith("<") && (head.contains("<html") || head.contains("<!doctype html"))) {
      return "an HTML page";
    }
    if (head.startsWith("<?xml")) {
      return "an XML file";
    }
    return "not an OLE2 compound file";
  }

  /** Before a %PDF- header only whitespace or a byte-order mark may stand (not html text that quotes it). */
  private static boolean leadingJunkOnly(byte[] bytes, int end) {
    for (int i = 0; i < end; i++) {
      int b = bytes[i] & 0xFF;
      boolean blank = b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0 || b == 0xEF || b == 0xBB || b == 0xBF;
      if (!blank) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, byte[] needle, int limit) {
    int end = Math.min(bytes.length, limit) - needle.length;
    outer:
    for (int i = 0; i <= end; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
