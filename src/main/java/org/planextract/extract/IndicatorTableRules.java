package org.planextract.extract;

import java.util.List;
import java.util.Map;
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
}
