package org.planextract.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.planextract.model.Nature;

/**
 * How indicator tables are read (rules/tables.yaml): header words per column role, the words of
 * the nature column and the marks that stand for it on a name (★, 〔约束性〕), the year in a header, the prefix of a sub-indicator row and a sequence
 * number run into a name. Words are folded, spaces removed.
 */
public record IndicatorTableRules(
    Map<ColumnRole, List<String>> headerWords,
    Map<Nature, List<String>> natureWords,
    Map<Nature, List<String>> natureMarks,
    Pattern year,
    Pattern subIndicatorPrefix,
    Pattern seqInName) {
  public IndicatorTableRules {
    headerWords = Map.copyOf(headerWords);
    natureWords = Map.copyOf(natureWords);
    natureMarks = Map.copyOf(natureMarks);
  }

  /**
   * The nature a whole cell states, as a word (约束性) or as a mark standing alone in a nature column
   * (★); empty when it states neither. {@code key} is folded, spaces removed.
   */
  public Optional<Nature> cellNature(String key) {
    for (Nature nature : Nature.values()) {
      if (natureWords.getOrDefault(nature, List.of()).contains(key)
          || natureMarks.getOrDefault(nature, List.of()).contains(key)) {
        return Optional.of(nature);
      }
    }
    return Optional.empty();
  }
}
