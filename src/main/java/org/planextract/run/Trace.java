package org.planextract.run;

/**
 * The full trace of an unexpected exception as text, causes included, for the manifest's
 * {@code detail} (so a bug report needs only the manifest) and for {@code --verbose}. Capped at
 * {@value #MAX_CHARS} characters.
 */
final class Trace {
  private static final int MAX_CHARS = 20_000;

  private Trace() {}

  static String of(Throwable e) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (Throwable t = e; t != null && depth < 10 && out.length() < MAX_CHARS; t = t.getCause(), depth++) {
      out.append(depth == 0 ? "" : "Caused by: ").append(t).append('\n');
      for (StackTraceElement frame : t.getStackTrace()) {
        out.append("\tat ").append(frame).append('\n');
        if (out.length() > MAX_CHARS) {
          out.append("\t…\n");
          break;
        }
      }
    }
    return out.toString();
  }
}
