package org.planextract.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.planextract.model.Op;

/**
 * The value grammar (rules/values.yaml), word lists already folded: the number pattern, the
 * percent words (百分之) and range separators, missing markers,
 * hedges, comparators before and after a number, change and annual words, reference patterns and
 * the words that give a qualitative value its direction; the bracket pairs that may enclose a
 * value without changing it (〔5〕, a five-year total as national plans print it); the words
 * that state a number (全覆盖 = 100%, 零 = 0); the unit conversions the comparison of plans uses.
 */
public record ValueRules(
    String number,
    String percentWords,
    String rangeSeparator,
    String rangeSeparatorInText,
    List<String> missing,
    List<String> hedges,
    Map<Op, List<String>> prefixComparators,
    Map<Op, List<String>> suffixComparators,
    List<String> increaseWords,
    List<String> decreaseWords,
    List<String> annualWords,
    List<Pattern> referencePatterns,
    List<String> qualitativeIncrease,
    List<String> qualitativeDecrease,
    List<String> qualitativeStable,
    Units units,
    UnitConversions conversions,
    List<String> brackets,
    String footnoteMarks,
    Map<String, String> wordValues) {
  public ValueRules {
    missing = List.copyOf(missing);
    hedges = List.copyOf(hedges);
    prefixComparators = Map.copyOf(prefixComparators);
    suffixComparators = Map.copyOf(suffixComparators);
    increaseWords = List.copyOf(increaseWords);
    decreaseWords = List.copyOf(decreaseWords);
    annualWords = List.copyOf(annualWords);
    referencePatterns = List.copyOf(referencePatterns);
    qualitativeIncrease = List.copyOf(qualitativeIncrease);
    qualitativeDecrease = List.copyOf(qualitativeDecrease);
    qualitativeStable = List.copyOf(qualitativeStable);
    brackets = List.copyOf(brackets);
    wordValues = Map.copyOf(wordValues);
  }
}
