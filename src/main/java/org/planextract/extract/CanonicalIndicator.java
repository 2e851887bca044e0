package org.planextract.extract;

import java.util.List;
import java.util.regex.Pattern;

/** One entry of rules/indicators.yaml: a stable id, preferred name, default unit, spellings. */
public record CanonicalIndicator(String id, String name, String unit, Boolean higherIsBetter,
    List<String> aliases, List<Pattern> patterns) {
  public CanonicalIndicator {
    aliases = List.copyOf(aliases);
    patterns = List.copyOf(patterns);
  }
}
