package org.planextract.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.planextract.model.ErrorCode;
import org.planextract.model.Format;
import org.planextract.problems.PlanExtractException;

/**
 * Reads plain text in any of the charsets of {@link TextDecoder} (BOM, then UTF-8, then a detector,
 * then GB18030), any line ending. The rendering is the decoded file itself (less a BOM), so lines
 * are the file's own lines; tables are recovered from the TAB layout by {@link TabTableParser}.
 */
public final class TxtReader implements DocumentReader {
  private final TextDecoder decoder = new TextDecoder();

  @Override
  public Format format() {
    return Format.TXT;
  }

  @Override
  public boolean supports(Path path) {
    return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  @Override
  public SourceText read(byte[] bytes) {
    if (bytes.length == 0) {
      throw new PlanExtractException(ErrorCode.EMPTY, "empty file");
    }
    DecodedText decoded = decoder.decode(bytes);
    if (decoded.text().isBlank()) {
      throw new PlanExtractException(ErrorCode.EMPTY, "no text (only white space)");
    }
    List<Block> blocks = new TabTableParser().parse(decoded.text());
    return new SourceText(decoded.text(), blocks, Format.TXT, decoded.charset());
  }
}
