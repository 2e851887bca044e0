package org.planextract.structure;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How tables are read (rules/tables.yaml): kind rules in order, the pattern of a second header row
 * cell (2020年 under 指标值), and the longest line above a table taken as its caption.
 */
public record TableRules(List<TableKindRule> kinds, Pattern subHeaderCell, int captionMaxChars, List<String> captionEnders) {
  public TableRules {
    kinds = List.copyOf(kinds);
  }
}
