package org.planextract.structure;

import java.util.List;
import java.util.regex.Pattern;
import org.planextract.normalize.AlignedText;

/**
 * How a 专栏 box is recognised and read (rules/structure.yaml): the label pattern with groups
 * {@code num} and optional {@code sub} and {@code title}; the word the output label starts with; the longest line taken as a title on the
 * line after a bare label; the longest item label before a colon; the marks that start an item (——, ●);
 * the marks between the clauses of a paragraph (，).
 */
public record BoxRules(Pattern label, String labelWord, int maxTitleChars, int maxItemLabelChars, List<String> itemBullets,
    String clauseMarks) {
  public BoxRules {
    itemBullets = List.copyOf(itemBullets);
  }

  /** Whether a line opens a 专栏 region (starts with a box label): what the outline stage is told of boxes. */
  public boolean opens(AlignedText line) {
    return label.matcher(line.folded()).lookingAt();
  }

  /** Where the label of a {@code label：text} item ends (the colon), or -1 when the line is none. */
  public int itemLabelEnd(AlignedText line) {
    String folded = line.folded();
    int colon = folded.indexOf(':');
    if (colon <= 0 || colon > maxItemLabelChars) {
      return -1;
    }
    String head = folded.substring(0, colon);
    return head.chars().anyMatch(c -> c == ',' || c == '，' || c == '。' || c == ';' || c == '；') ? -1 : colon;
  }

  /** Whether a line is a paragraph of several clauses (it holds a clause mark). */
  public boolean severalClauses(AlignedText line) {
    return line.folded().chars().anyMatch(c -> clauseMarks.indexOf(c) >= 0);
  }

  /** The item mark a line starts with (——, ●), or null. */
  public String bullet(AlignedText line) {
    String folded = line.folded().stripLeading();
    for (String b : itemBullets) {
      if (folded.startsWith(b)) {
        return b;
      }
    }
    return null;
  }
}
