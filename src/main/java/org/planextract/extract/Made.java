package org.planextract.extract;

import org.planextract.decision.Decision.Stage;
import org.planextract.decision.Decisions;
import org.planextract.model.Span;
import org.planextract.model.Target;
import org.planextract.model.TargetKind;
import org.planextract.model.Value;
import org.planextract.normalize.AlignedText;
import org.planextract.problems.Diagnostics;

/**
 * Where the targets of one rule match go: an accepted one into the output and, with the same
 * words, into the decisions; a rejected one into the decisions only.
 */
final class Made {
  private final AlignedText text;
  private final TargetKind kind;
  private final String sectionId;
  private final String sentence;
  private final String ruleId;
  private final String clause;
  private final java.util.List<Target> out;
  private final Decisions decisions;
  private final Diagnostics diagnostics;

  Made(AlignedText text, TargetKind kind, String sectionId, String sentence, String ruleId, String clause,
      java.util.List<Target> out, Decisions decisions, Diagnostics diagnostics) {
    this.text = text;
    this.kind = kind;
    this.sectionId = sectionId;
    this.sentence = sentence;
    this.ruleId = ruleId;
    this.clause = clause;
    this.out = out;
    this.decisions = decisions;
    this.diagnostics = diagnostics;
  }

  void accept(String indicator, String canonical, Value value, Span span, String reason) {
    out.add(new Target(kind, indicator, canonical, value, sectionId, text.line(), span, sentence, ruleId));
    decisions.accept(Stage.TARGET, text.line(), span, clause, indicator, ruleId, kind.wire() + ": " + reason);
  }

  void reject(Span span, String indicator, String reason) {
    decisions.reject(Stage.TARGET, text.line(), span, clause, indicator, ruleId, reason);
  }

  String sentence() {
    return sentence;
  }

  Diagnostics diagnostics() {
    return diagnostics;
  }

  int line() {
    return text.line();
  }
}
