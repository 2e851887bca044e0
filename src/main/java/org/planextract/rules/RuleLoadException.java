package org.planextract.rules;

import java.util.List;
import org.planextract.model.ErrorCode;
import org.planextract.problems.PlanExtractException;

/** Every problem found in a rule set, one per line ("rules/x.yaml: rule id: reason"). */
public final class RuleLoadException {
  private RuleLoadException() {}

  static PlanExtractException of(List<String> problems) {
    return new PlanExtractException(ErrorCode.BAD_RULES,
        "invalid rules (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n  "
            + String.join("\n  ", problems));
  }
}
