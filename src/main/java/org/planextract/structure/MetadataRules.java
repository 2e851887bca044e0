package org.planextract.structure;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How title, status and period are read (rules/metadata.yaml): words a title line holds, the
 * notice that wraps a plan's title (关于印发…的通知), words that mark a draft, the
 * pattern of a status note to strip from the title, the five-year-plan pattern (group {@code n},
 * 十四五 → 14) and an explicit year range (groups {@code start}, {@code end}).
 */
public record MetadataRules(
    List<String> titleWords,
    int maxTitleChars,
    Pattern noticeTitle,
    List<String> draftMarkers,
    Pattern statusNote,
    Pattern fiveYearPlan,
    Pattern yearRange,
    int headLines) {
  public MetadataRules {
    titleWords = List.copyOf(titleWords);
    draftMarkers = List.copyOf(draftMarkers);
  }
}
