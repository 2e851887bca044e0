package org.planextract.structure;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What makes a numbered line a heading: the schemes, where a run-in title ends, how long a title
 * may be, when a short next line continues a wrapped heading, and what a table-of-contents line
 * looks like (rules/structure.yaml).
 */
public record HeadingRules(
    List<NumberingScheme> schemes,
    String titleTerminators,
    int maxTitleChars,
    int wrapMinHeadingChars,
    int wrapMaxFragmentChars,
    String wrapFragmentForbidden,
    Pattern tableOfContentsLine) {
  public HeadingRules {
    schemes = List.copyOf(schemes);
  }
}
