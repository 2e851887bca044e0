package org.planextract.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The compiled rules/targets.yaml: sentence patterns in priority order, year markers, the title of
 * goal sections, the sentence and clause enders, the words and HanLP tags trimmed off an indicator phrase, the heads an indicator
 * phrase ends with, the per-capita prefix an enumeration shares and the list separators, the place
 * words trimmed off a phrase unless a dictionary name starts with them (全国), the pronoun phrases
 * (其, 该指标) that stand for the indicator named before, the words before a change verb (年均) left
 * out when a change's indicator is looked up with its verb, the number of a list item that starts a
 * phrase (1.), the tags of a modifier kept before a noun (基本医疗保险), and the word that ends the
 * qualifier an elliptical list item shares (的).
 */
public record TargetRules(
    List<TargetRule> rules,
    Pattern yearMarker,
    Pattern planEndMarker,
    Pattern goalSectionTitle,
    Set<String> leadingFillers,
    Set<String> leadingTags,
    Set<String> trailingFillers,
    Set<String> trailingTags,
    List<String> indicatorHeads,
    List<String> ratioHeads,
    int maxClauseChars,
    int minIndicatorChars,
    int maxIndicatorChars,
    Pattern sharedPrefix,
    Pattern aside,
    Pattern coordination,
    Pattern listSeparators,
    Pattern sentenceEnd,
    Pattern clauseEnd,
    List<String> placeWords,
    List<String> placeNames,
    Pattern pronoun,
    List<String> changePrefixes,
    Pattern itemNumber,
    Set<String> modifierTags,
    List<String> nounTagPrefixes,
    String qualifierEnd) {
  /** Without place words and pronouns: nothing is trimmed as a place, no phrase is a pronoun. */
  public TargetRules(List<TargetRule> rules, Pattern yearMarker, Pattern planEndMarker, Pattern goalSectionTitle,
      Set<String> leadingFillers, Set<String> leadingTags, Set<String> trailingFillers, Set<String> trailingTags,
      List<String> indicatorHeads, List<String> ratioHeads, int maxClauseChars, int minIndicatorChars,
      int maxIndicatorChars, Pattern sharedPrefix, Pattern aside, Pattern coordination, Pattern listSeparators,
      Pattern sentenceEnd, Pattern clauseEnd) {
    this(rules, yearMarker, planEndMarker, goalSectionTitle, leadingFillers, leadingTags, trailingFillers,
        trailingTags, indicatorHeads, ratioHeads, maxClauseChars, minIndicatorChars, maxIndicatorChars, sharedPrefix,
        aside, coordination, listSeparators, sentenceEnd, clauseEnd, List.of(), List.of(), Pattern.compile("(?!)"), List.of(), Pattern.compile("(?!)"), Set.of(), List.of(), null);
  }

  public TargetRules {
    placeWords = List.copyOf(placeWords);
    placeNames = List.copyOf(placeNames);
    changePrefixes = List.copyOf(changePrefixes);
    modifierTags = Set.copyOf(modifierTags);
    nounTagPrefixes = List.copyOf(nounTagPrefixes);
    rules = List.copyOf(rules);
    leadingFillers = Set.copyOf(leadingFillers);
    leadingTags = Set.copyOf(leadingTags);
    trailingFillers = Set.copyOf(trailingFillers);
    trailingTags = Set.copyOf(trailingTags);
    indicatorHeads = List.copyOf(indicatorHeads);
    ratioHeads = List.copyOf(ratioHeads);
  }
}
