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
      int wrapMaxFragmentChars, String wrapFragmentForbidden, String tableOfContentsLine, String itemEnders,
      List<String> tableOfContentsTitle) {}

  record BoxSpec(String label, String labelWord, int maxTitleChars, int maxItemLabelChars, List<String> itemBullets,
      String clauseMarks, List<PatternExample> examples) {}

  record StructureFile(int version, Map<String, String> macros, List<SchemeSpec> schemes,
      HeadingSpec heading, BoxSpec boxes) {}

  record KindSpec(String id, String description, String kind, List<String> words, int minHits) {}

  record ColumnsSpec(List<String> seq, List<String> category, List<String> name, List<String> unit,
      List<String> nature, List<String> baseline, List<String> target, List<String> periodTotal) {}

  record NatureWords(List<String> expected, List<String> binding, List<String> expectedMarks, List<String> bindingMarks) {}

  record TablesFile(int version, List<KindSpec> kinds, String subHeaderCell, int captionMaxChars,
      ColumnsSpec columns, NatureWords natureWords, String yearPattern, String subIndicatorPrefix,
      List<String> captionEnders,
      String seqInName) {}

  record IndicatorSpec(String id, String name, String unit, Boolean higherIsBetter, List<String> aliases,
      List<String> patterns) {}

  record IndicatorsFile(int version, Map<String, String> macros, String subIndicatorPrefix, List<String> qualifiers,
      List<IndicatorSpec> indicators) {}

  record MetadataFile(int version, List<String> titleWords, int maxTitleChars, String noticeTitle,
      List<String> draftMarkers, String statusNote, String fiveYearPlan,
      String yearRange, int headLines, List<String> nationalMarkers, String districtName, String attachmentLabel) {}

  record HtmlFile(int version, List<String> articleSelectors, List<String> dropSelectors,
      int minArticleChars) {}

  record UnitSpec(String canonical, List<String> aliases) {}

  record ValueExample(String raw, String kind, String op, String value, String min, String max, String unit,
      String direction, String reference) {}

  record ValuesFile(int version, String number, String percentWords, String rangeSeparator,
      String rangeSeparatorInText, List<String> missing, List<String> hedges,
      Map<String, List<String>> prefixComparators, Map<String, List<String>> suffixComparators,
      List<String> increaseWords, List<String> decreaseWords, List<String> annualWords,
      List<String> referencePatterns, List<String> qualitativeIncrease, List<String> qualitativeDecrease,
      List<String> qualitativeStable, List<UnitSpec> units, List<ConversionSpec> conversions,
      List<String> brackets, List<String> footnoteMarks, Map<String, String> wordValues,
      List<ValueExample> examples) {}

  record ConversionSpec(String from, String to, String factor) {}

  record TargetExample(String text, Integer count, String indicator, String value, String unit, String op,
      String kind) {}

  record TargetRuleSpec(String id, String description, String shape, String pattern,
      List<TargetExample> examples) {}

  record TargetsFile(int version, String yearMarker, String planEndMarker, String goalSectionTitle,
      List<String> leadingFillers, List<String> leadingTags, List<String> trailingFillers,
      List<String> trailingTags, List<String> indicatorHeads, List<String> ratioHeads, int maxClauseChars, int minIndicatorChars, int maxIndicatorChars, String sharedPrefix,
      String aside, String coordination, String listSeparators, String sentenceEnd, String clauseEnd,
      List<String> placeWords, List<String> placeNames, String pronoun, List<String> changePrefixes,
      String itemNumber, List<String> modifierTags, List<String> nounTagPrefixes, String qualifierEnd,
      List<TargetRuleSpec> rules) {}

  record RegionSpec(String name, String province, String level, String parent) {}

  record RegionsFile(int version, List<RegionSpec> regions) {}

  /** A macro example: a text the whole macro must match ({@code match: false}: must not). */
  record MacroExample(String text, Boolean match) {}

  record MacroSpec(String name, String description, String pattern, String words, List<MacroExample> examples) {}

  record MacrosFile(int version, List<MacroSpec> macros) {}
}
