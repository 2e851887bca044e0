package org.planextract.decision;

import java.util.Objects;
import org.planextract.model.Span;

/**
 * The verdict on one candidate a stage weighed: a heading line, a 专栏 label, a table, an indicator
 * row or a clause of running text. Output takes the accepted ones; {@code explain} and {@code
 * review} read the same records, so they can never disagree with {@code extract}.
 *
 * <pre>
 * Decision(TARGET, 204, [5120, 5141), "全市精神科医师数提升至4.2名/10万人", "精神科医师数", "target-level", true,
 *          "phrase '全市精神科医师数' → 精神科医师数, value 提升至4.2名/10万人")
 * </pre>
 *
 * @param stage which stage decided
 * @param line 1-based line of the rendering the candidate stands on
 * @param span the rendering span of the item made (accepted) or of the candidate, null when unknown
 * @param text the candidate as written (the line, the clause)
 * @param subject what it became or would have become (section id, indicator name), null when nothing
 * @param ruleId the rule that matched, null when none did
 * @param accepted whether the item is in the output
 * @param reason why, in words
 */
public record Decision(Stage stage, int line, Span span, String text, String subject, String ruleId,
    boolean accepted, String reason) {
  /** The stages that weigh candidates. */
  public enum Stage {
    HEADING,
    BOX,
    TABLE,
    INDICATOR,
    TARGET
  }

  public Decision {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
  }
}
