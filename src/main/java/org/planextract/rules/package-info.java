/**
 * Rule files: the YAML under {@code rules/} bound strictly (unknown keys and duplicate keys are
 * errors), validated (unique ids, macros resolve, regexes compile, named groups present, every
 * example holds) and compiled into one immutable {@link org.planextract.rules.RuleSet}. All errors
 * of a rule set are reported together, naming file and rule, before any document is read.
 */
package org.planextract.rules;
