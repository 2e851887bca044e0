package org.planextract.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.planextract.model.ErrorCode;
import org.planextract.problems.CancellableText;
import org.planextract.problems.Cancellation;
import org.planextract.problems.PlanExtractException;

/**
 * Catches a rule regex that backtracks catastrophically before any document is read: each example
 * and a set of adversarial probes (long runs of the pattern's own literal characters, digits, list
 * separators, none ending as the pattern wants) are matched with a budget of character reads,
 * over a {@link CancellableText} that stops the match once the budget is spent.
 */
final class BacktrackingCheck {
  /**
   * Character reads a probe may take, counted, not timed, so the verdict is the same on any machine:
   * an exponential pattern needs orders of magnitude more on a 120-character probe, the project's
   * own patterns a few million at most.
   */
  private static final long BUDGET_READS = 50_000_000L;
  private static final int PROBE_CHARS = 120;
  private static final int MAX_LITERAL_PROBES = 24;

  /** Why the pattern is too slow (the probe it stalled on), or empty. */
  Optional<String> problem(Pattern pattern, List<String> examples, int probeChars) {
    for (String probe : probes(pattern, examples, Math.min(probeChars, PROBE_CHARS))) {
      long[] checks = {0};
      Cancellation budget = stage -> {
        if (++checks[0] * CancellableText.CHECK_EVERY > BUDGET_READS) {
          throw new PlanExtractException(ErrorCode.TIMEOUT, "budget spent " + stage);
        }
      };
      try {
        pattern.matcher(new CancellableText(probe, budget)).find();
      } catch (PlanExtractException e) {
        if (e.code() != ErrorCode.TIMEOUT) {
          throw e;
        }
        String shown = probe.length() > 24 ? probe.substring(0, 24) + "…(" + probe.length() + " chars)" : probe;
        return Optional.of("pattern backtracks catastrophically: matching \"" + shown + "\" reads over "
            + BUDGET_READS + " characters");
      }
    }
    return Optional.empty();
  }

  private static List<String> probes(Pattern pattern, List<String> examples, int length) {
    List<String> probes = new ArrayList<>(examples);
    Set<Character> literals = new LinkedHashSet<>();
    for (char c : pattern.pattern().toCharArray()) {
      if (Character.isIdeographic(c) && literals.size() < MAX_LITERAL_PROBES) {
        literals.add(c);
      }
    }
    for (char c : literals) {
      probes.add(String.valueOf(c).repeat(length));
    }
    probes.add("健康".repeat(length / 2));
    probes.add("1".repeat(length));
    probes.add("1、".repeat(length / 2));
    probes.add("达到1".repeat(length / 3));
    probes.add("比2020年".repeat(length / 6));
    return probes;
  }
}
