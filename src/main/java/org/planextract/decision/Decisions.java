package org.planextract.decision;

import java.util.ArrayList;
import java.util.List;
import org.planextract.model.Span;

/**
 * The decisions of one document, in the order the stages made them: a sink each stage appends to,
 * like {@link org.planextract.problems.Diagnostics}. One per document, not shared between threads.
 */
public final class Decisions {
  private final List<Decision> decisions = new ArrayList<>();

  public void accept(Decision.Stage stage, int line, Span span, String text, String subject, String ruleId,
      String reason) {
    decisions.add(new Decision(stage, line, span, text, subject, ruleId, true, reason));
  }

  public void reject(Decision.Stage stage, int line, Span span, String text, String subject, String ruleId,
      String reason) {
    decisions.add(new Decision(stage, line, span, text, subject, ruleId, false, reason));
  }

  /** All decisions so far, in order. */
  public List<Decision> list() {
    return List.copyOf(decisions);
  }
}
