package org.planextract.structure;

import java.util.regex.Pattern;
import org.planextract.normalize.AlignedText;

/**
 * How a 专栏 box is recognised and read (rules/structure.yaml): the label pattern with groups
 * {@code num} and optional {@code sub} and {@code title}; the word the output label starts with; the longest line taken as a title on the
 * line after a bare label; the longest item label before a colon.
 */
public record BoxRules(Pattern label, String labelWord, int maxTitleChars, int maxItemLabelChars) {
  /** Whether a line opens a 专栏 region (starts with a box label): what the outline stage is told of boxes. */
  public boolean opens(AlignedText line) {
    return label.matcher(line.folded()).lookingAt();
  }
}
