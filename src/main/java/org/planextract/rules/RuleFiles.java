package org.planextract.rules;

import java.util.List;
import java.util.Map;

/** The shapes of the rule files as written; bound with unknown keys rejected. */
final class RuleFiles {
  private RuleFiles() {}

  /** A pattern example: the text and what the pattern must give (or {@code match: false}). */
  record PatternExample(String text, Boolean match, String number, String title) {}

  record SchemeSpec(String id, String description, String family, String pattern,
      String rejectTitle, List<PatternExample> examples) {}

  record HeadingSpec(String titleTerminators, int maxTitleChars, int wrapMinHeadingChars,
      int wrapMaxFragmentChars, String wrapFragmentForbidden, String tableOfContentsLine) {}

  record BoxSpec(String label, int maxTitleChars, int maxItemLabelChars, List<PatternExample> examples) {}

  record StructureFile(int version, Map<String, String> macros, List<SchemeSpec> schemes,
      HeadingSpec heading, BoxSpec boxes) {}

  record KindSpec(String id, String description, String kind, List<String> words, int minHits) {}

  record TablesFile(int version, List<KindSpec> kinds, String subHeaderCell, int captionMaxChars) {}

  record MetadataFile(int version, List<String> draftMarkers, String statusNote, String fiveYearPlan,
      String yearRange, int headLines) {}

  record HtmlFile(int version, List<String> articleSelectors, List<String> dropSelectors,
      int minArticleChars) {}

  record RegionSpec(String name, String province, String level, String parent) {}

  record RegionsFile(int version, List<RegionSpec> regions) {}
}
