package org.planextract.read;

import java.util.List;
import java.util.Objects;
import org.planextract.model.Format;

/**
 * What a reader hands on: the plain-text rendering that {@code line}/{@code span} refer to, its
 * blocks in reading order, the format and the charset the bytes were decoded with.
 */
public record SourceText(String text, List<Block> blocks, Format format, String encoding) {
  public SourceText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    blocks = List.copyOf(blocks);
  }
}
