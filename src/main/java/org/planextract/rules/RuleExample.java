package org.planextract.rules;

/** One example a rule file carries, with whether it held when the rules were loaded. */
public record RuleExample(String file, String ruleId, String text, boolean passed, String failure) {}
