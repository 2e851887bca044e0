package org.planextract.structure;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planextract.normalize.AlignedText;
import org.planextract.numerals.ChineseNumerals;

/**
 * One heading numbering scheme (第一章, 一、, （一）, 1., （1）, ①) compiled from
 * rules/structure.yaml. The pattern matches the folded text at the start of a line and has a named
 * group {@code num}. Schemes of one {@code family} (（一） and （1）) can stand in for each other
 * when a number is mistyped. {@code rejectTitle}, when set, marks titles that show the line is
 * something else.
 */
public record NumberingScheme(String id, String family, Pattern pattern, Pattern rejectTitle) {
  public NumberingScheme {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(pattern, "pattern");
  }

  /**
   * Whether what follows the number shows the line is not a heading of this scheme, e.g. 三、四级手术
   * (an enumeration of numerals, not heading 三).
   */
  public boolean rejectsTitle(String foldedTitle) {
    return rejectTitle != null && rejectTitle.matcher(foldedTitle).lookingAt();
  }

  /** The number at the start of the text, as written, with the position where the title starts. */
  public Optional<NumberMatch> match(AlignedText text, ChineseNumerals numerals) {
    Matcher m = pattern.matcher(text.folded());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String written = numerals.canonical(text.clean().substring(m.start("num"), m.end("num")));
    var value = numerals.parse(text.folded().substring(m.start("num"), m.end("num")));
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new NumberMatch(this, written, value.getAsInt(), m.end()));
  }

  /** A scheme's number found at a line start: numeral as written, its value, where the rest begins. */
  public record NumberMatch(NumberingScheme scheme, String written, int value, int end) {}
}
