package org.planextract.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What may be written around a value without changing it (rules/values.yaml), taken off a folded
 * cell before the value grammar reads it: footnote marks after it (60.6* → 60.6), a bracket pair
 * around it (〔5〕 → 5), hedges before it (力争达到90% → 90%).
 */
final class ValueWrapping {
  private final ValueRules rules;
  private final List<String> hedgesLongestFirst;

  ValueWrapping(ValueRules rules) {
    this.rules = rules;
    List<String> hedges = new ArrayList<>(rules.hedges());
    hedges.sort(Comparator.comparingInt(String::length).reversed());
    this.hedgesLongestFirst = List.copyOf(hedges);
  }

  /** The value without its footnote marks, brackets and hedges, in that order. */
  String strip(String folded) {
    return stripHedges(stripBrackets(stripFootnoteMarks(folded)));
  }

  private String stripFootnoteMarks(String text) {
    int end = text.length();
    while (end > 1 && rules.footnoteMarks().indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end);
  }

  private String stripBrackets(String text) {
    for (String pair : rules.brackets()) {
      if (text.length() > 2 && text.charAt(0) == pair.charAt(0) && text.charAt(text.length() - 1) == pair.charAt(1)) {
        return text.substring(1, text.length() - 1);
      }
    }
    return text;
  }

  private String stripHedges(String text) {
    String t = text;
    boolean again = true;
    while (again) {
      again = false;
      for (String h : hedgesLongestFirst) {
        if (t.startsWith(h) && t.length() > h.length()) {
          t = t.substring(h.length());
          again = true;
          break;
        }
      }
    }
    return t;
  }
}
