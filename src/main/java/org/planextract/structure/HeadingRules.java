package org.planextract.structure;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What makes a numbered line a heading: the schemes, where a run-in title ends, how long a title
 * may be, when a short next line continues a wrapped heading, what a table-of-contents line
 * looks like, the enders of a numbered line that is an item of a list, and the title of a table of
 * contents whose lines have no page numbers (目录) (rules/structure.yaml).
 */
public record HeadingRules(
    List<NumberingScheme> schemes,
    String titleTerminators,
    int maxTitleChars,
    int wrapMinHeadingChars,
    int wrapMaxFragmentChars,
    String wrapFragmentForbidden,
    Pattern tableOfContentsLine,
    String itemEnders,
    List<String> tableOfContentsTitle) {
  public HeadingRules {
    schemes = List.copyOf(schemes);
    tableOfContentsTitle = List.copyOf(tableOfContentsTitle);
  }
}
