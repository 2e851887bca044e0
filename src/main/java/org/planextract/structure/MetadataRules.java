package org.planextract.structure;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How title, status and period are read (rules/metadata.yaml): words a title line holds, the
 * notice that wraps a plan's title (关于印发…的通知), words that mark a draft, the
 * pattern of a status note to strip from the title, the five-year-plan pattern (group {@code n},
 * 十四五 → 14), an explicit year range (groups {@code start}, {@code end}) and the words that mark a
 * national plan (国务院, 全国) when no region is named, an urban district named where the region
 * names end (group {@code name}: 北京市海淀区“十四五”… → 海淀区), and the label that starts an attachment
 * (附件, 附件2, 附件：1．…), which ends the plan.
 */
public record MetadataRules(
    List<String> titleWords,
    int maxTitleChars,
    Pattern noticeTitle,
    List<String> draftMarkers,
    Pattern statusNote,
    Pattern fiveYearPlan,
    Pattern yearRange,
    int headLines,
    List<String> nationalMarkers,
    Pattern districtName,
    Pattern attachmentLabel) {
  public MetadataRules {
    nationalMarkers = List.copyOf(nationalMarkers);
    titleWords = List.copyOf(titleWords);
    draftMarkers = List.copyOf(draftMarkers);
  }
}
