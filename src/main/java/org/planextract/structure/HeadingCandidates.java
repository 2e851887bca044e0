package org.planextract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planextract.normalize.AlignedText;
import org.planextract.numerals.ChineseNumerals;
import org.planextract.structure.NumberingScheme.NumberMatch;

/**
 * Whether a line could be a heading, judged on the line alone (rules/structure.yaml): it starts
 * with a number of a known scheme and has a title up to the first terminator, short enough and
 * not refused by the scheme. Whether the number fits the running outline is the outline's
 * business; the region stage asks only this to tell where a 专栏 of plain lines ends.
 */
public final class HeadingCandidates {
  /** Longest heading number written alone on a line (第一百二十三部分, （十二）、). */
  private static final int MAX_NUMBER_CHARS = 12;
  private final HeadingRules rules;
  private final ChineseNumerals numerals = new ChineseNumerals();

  private final SchemeStarts starts;

  public HeadingCandidates(HeadingRules rules) {
    this.rules = rules;
    this.starts = new SchemeStarts(rules.schemes());
  }

  /** A candidate heading: the number found and where the title is in the clean text. */
  public record Candidate(NumberMatch number, int titleStart, int titleEnd, boolean runIn) {}

  /**
   * The heading a line would be if its number fits the sequence: the first scheme that matches,
   * with the title up to the first terminator. Empty for a table-of-contents line or a title that
   * is empty or too long.
   */
  public Optional<Candidate> candidate(AlignedText text) {
    for (NumberingScheme scheme : schemesFor(text)) {
      Optional<NumberMatch> match = scheme.match(text, numerals);
      if (match.isEmpty()) {
        continue;
      }
      NumberMatch n = match.get();
      String clean = text.clean();
      int start = n.end();
      while (start < clean.length() && Character.isWhitespace(clean.charAt(start))) {
        start++;
      }
      int end = start;
      while (end < clean.length() && rules.titleTerminators().indexOf(clean.charAt(end)) < 0) {
        end++;
      }
      boolean runIn = end < clean.length();
      if (runIn && rules.itemEnders().indexOf(text.folded().charAt(end)) >= 0 && clean.substring(end + 1).isBlank()) {
        return Optional.empty();
      }
      int trimmedEnd = end;
      while (trimmedEnd > start && Character.isWhitespace(clean.charAt(trimmedEnd - 1))) {
        trimmedEnd--;
      }
      if (trimmedEnd == start || trimmedEnd - start > rules.maxTitleChars()
          || scheme.rejectsTitle(text.folded().substring(start, trimmedEnd))) {
        return Optional.empty();
      }
      return Optional.of(new Candidate(n, start, trimmedEnd, runIn));
    }
    return Optional.empty();
  }

  /**
   * A line that is a heading number and nothing else (第一章, 一、), whose title is on the next line;
   * the candidate's title span is empty, at the line's end.
   */
  public Optional<Candidate> numberOnly(AlignedText text) {
    String clean = text.clean();
    // most lines are longer than any heading number: no scheme is tried on them
    if (clean.strip().length() > MAX_NUMBER_CHARS) {
      return Optional.empty();
    }
    for (NumberingScheme scheme : schemesFor(text)) {
      Optional<NumberMatch> match = scheme.match(text, numerals);
      if (match.isPresent() && clean.substring(match.get().end()).isBlank()) {
        return Optional.of(new Candidate(match.get(), clean.length(), clean.length(), false));
      }
    }
    return Optional.empty();
  }

  /** The schemes worth trying on a line, in rule order (SchemeStarts); none on a table-of-contents line. */
  private List<NumberingScheme> schemesFor(AlignedText text) {
    long candidates = starts.candidates(text.folded());
    if (candidates == 0 || rules.tableOfContentsLine().matcher(text.folded()).find()) {
      return List.of();
    }
    List<NumberingScheme> all = rules.schemes();
    List<NumberingScheme> tried = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (SchemeStarts.includes(candidates, i)) {
        tried.add(all.get(i));
      }
    }
    return tried;
  }

  /** Whether the line starts with a number of any scheme (whatever follows it). */
  public boolean isNumbered(AlignedText text) {
    long candidates = starts.candidates(text.folded());
    List<NumberingScheme> schemes = rules.schemes();
    for (int i = 0; i < schemes.size(); i++) {
      if (SchemeStarts.includes(candidates, i) && schemes.get(i).match(text, numerals).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
