package org.planextract.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;
import org.planextract.model.ErrorCode;
import org.planextract.problems.PlanExtractException;

/**
 * Decodes text whose charset is not declared. Policy: a byte-order mark wins; then strict UTF-8;
 * then the charset a detector proposes, if it decodes strictly; then GB18030 (what Chinese
 * government files not in UTF-8 almost always are: GB2312 and GBK are subsets). Bytes that look
 * binary (NUL or many control characters) are refused, never decoded into junk.
 */
final class TextDecoder {
  static final Charset GB18030 = Charset.forName("GB18030");
  private static final double MAX_CONTROL_RATIO = 0.01;
  private static final int MAX_PARTIAL_TAIL = 3;

  DecodedText decode(byte[] bytes) {
    Optional<DecodedText> bom = decodeWithBom(bytes);
    if (bom.isPresent()) {
      if (!plausible(bom.get().text())) {
        throw new PlanExtractException(ErrorCode.ENCODING,
            "the byte-order mark says " + bom.get().charset() + " but the text does not decode as such (mojibake)");
      }
      return bom.get();
    }
    rejectBinary(bytes);
    Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return new DecodedText(utf8.get(), "UTF-8");
    }
    String detected = detect(bytes);
    if (detected != null && Charset.isSupported(detected)) {
      Charset charset = canonical(Charset.forName(detected));
      Optional<String> text = strict(bytes, 0, charset);
      if (text.isPresent() && plausible(text.get())) {
        return new DecodedText(text.get(), charset.name());
      }
    }
    Optional<String> gb = strict(bytes, 0, GB18030);
    if (gb.isPresent()) {
      return new DecodedText(gb.get(), GB18030.name());
    }
    throw new PlanExtractException(
        ErrorCode.ENCODING, "not text in UTF-8, GB18030 or a detectable charset");
  }

  /**
   * Decodes with a declared charset, strictly, when the name is legal and known and the result is
   * plausible (see {@link #plausible}); GB2312 and GBK declarations are read as GB18030, and a
   * UTF-16 declaration in a page that reached us as bytes means UTF-8, as the WHATWG encoding
   * standard says. Empty means: sniff instead.
   */
  Optional<DecodedText> decodeDeclared(byte[] bytes, String declared) {
    Optional<Charset> charset = charset(declared);
    if (charset.isEmpty()) {
      return Optional.empty();
    }
    return strict(bytes, 0, charset.get()).filter(TextDecoder::plausible)
        .map(text -> new DecodedText(text, charset.get().name()));
  }

  private static Optional<Charset> charset(String declared) {
    try {
      if (!Charset.isSupported(declared)) {
        return Optional.empty();
      }
      Charset c = canonical(Charset.forName(declared));
      return Optional.of(c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c);
    } catch (java.nio.charset.IllegalCharsetNameException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether decoded text can be a Chinese plan rather than mojibake: not more than 1 % replacement
   * characters, and not more Latin-1 supplement letters (Ã¥ Â·, what UTF-8 read as Latin-1 gives)
   * than CJK characters. Checked on the first 64 K characters.
   */
  static boolean plausible(String text) {
    int n = Math.min(text.length(), 65536);
    int replacement = 0;
    int latin1 = 0;
    int cjk = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD') {
        replacement++;
      } else if (c >= 0x80 && c <= 0xFF) {
        latin1++;
      } else if (c >= 0x3000 && c <= 0x9FFF || c >= 0xFF00 && c <= 0xFFEF) {
        cjk++;
      }
    }
    return replacement <= Math.max(2, n / 100) && (latin1 <= 10 || latin1 <= cjk);
  }

  static Charset canonical(Charset charset) {
    String name = charset.name().toUpperCase(java.util.Locale.ROOT);
    if (name.equals("GB2312") || name.equals("GBK") || name.equals("X-EUC-CN")
        || name.equals("EUC-CN") || name.equals("X-GBK") || name.equals("WINDOWS-936")) {
      return GB18030;
    }
    return charset;
  }

  Optional<DecodedText> decodeWithBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return Optional.of(new DecodedText(lenient(b, 3, StandardCharsets.UTF_8), "UTF-8"));
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Optional.of(new DecodedText(lenient(b, 2, StandardCharsets.UTF_16LE), "UTF-16LE"));
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Optional.of(new DecodedText(lenient(b, 2, StandardCharsets.UTF_16BE), "UTF-16BE"));
    }
    if (b.length >= 4 && (b[0] & 0xFF) == 0x84 && (b[1] & 0xFF) == 0x31
        && (b[2] & 0xFF) == 0x95 && (b[3] & 0xFF) == 0x33) {
      return Optional.of(new DecodedText(lenient(b, 4, GB18030), GB18030.name()));
    }
    return Optional.empty();
  }

  private static void rejectBinary(byte[] bytes) {
    int sample = Math.min(bytes.length, 65536);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int c = bytes[i] & 0xFF;
      if (c == 0) {
        throw new PlanExtractException(ErrorCode.ENCODING, "binary data (NUL bytes), not text");
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    if (sample > 0 && control > sample * MAX_CONTROL_RATIO) {
      throw new PlanExtractException(
          ErrorCode.ENCODING, "binary data (" + control + " control bytes), not text");
    }
  }

  private static String detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
    detector.dataEnd();
    return detector.getDetectedCharset();
  }

  /**
   * Decodes strictly; a file cut inside its last multi-byte character loses that character only
   * (up to 3 trailing bytes are dropped), so a truncated download still reads.
   */
  private static Optional<String> strict(byte[] bytes, int from, Charset charset) {
    for (int cut = 0; cut <= MAX_PARTIAL_TAIL && bytes.length - cut >= from; cut++) {
      try {
        return Optional.of(charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes, from, bytes.length - from - cut))
            .toString());
      } catch (CharacterCodingException e) {
        if (cut == MAX_PARTIAL_TAIL) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static String lenient(byte[] bytes, int from, Charset charset) {
    return new String(bytes, from, bytes.length - from, charset);
  }
}
