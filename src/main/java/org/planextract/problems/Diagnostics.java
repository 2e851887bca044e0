package org.planextract.problems;

import java.util.ArrayList;
import org.planextract.model.Warning;
import org.planextract.model.WarningCode;
import java.util.List;

/**
 * A capped sink for warnings, filled by the stages of one document and turned into {@code
 * warnings[]} (jsoup's ParseErrorList idea): problems are collected, not thrown.
 */
public final class Diagnostics {
  public static final int DEFAULT_CAP = 200;

  private final int cap;
  private final List<Warning> warnings = new ArrayList<>();
  private boolean overflowed;

  public Diagnostics() {
    this(DEFAULT_CAP);
  }

  public Diagnostics(int cap) {
    this.cap = cap;
  }

  public void warn(WarningCode code, Integer line, String message) {
    if (warnings.size() < cap) {
      warnings.add(new Warning(code, message, line));
    } else if (!overflowed) {
      overflowed = true;
      warnings.add(new Warning(WarningCode.TOO_MANY_WARNINGS,
          "more than " + cap + " warnings; the rest were dropped", null));
    }
  }

  public List<Warning> warnings() {
    return List.copyOf(warnings);
  }
}
