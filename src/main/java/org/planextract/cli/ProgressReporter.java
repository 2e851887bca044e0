package org.planextract.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.planextract.run.RunListener;
import org.planextract.model.InputStatus;
import org.planextract.model.ManifestInput;

/**
 * Tells the user how a run goes: a progress bar (done/total, rate, ETA, failures) on a terminal,
 * a plain line every few seconds otherwise, nothing when quiet; and one line per failed document,
 * always. Called from worker threads.
 */
final class ProgressReporter implements RunListener, AutoCloseable {
  private static final long PLAIN_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

  private final PrintWriter err;
  private final ProgressBar bar;
  private final boolean plain;
  private final long started = System.nanoTime();
  private long lastLine = System.nanoTime();
  private int failed;

  private boolean verbose;
  private boolean outputReported;

  private ProgressReporter(PrintWriter err, ProgressBar bar, boolean plain) {
    this.err = err;
    this.bar = bar;
    this.plain = plain;
  }

  static ProgressReporter create(PrintWriter err, boolean quiet, boolean terminal, PrintStream terminalStream) {
    if (!quiet && terminal) {
      ProgressBar bar = new ProgressBarBuilder().setTaskName("extract").setInitialMax(0)
          .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed()
          .setConsumer(new ConsoleProgressBarConsumer(terminalStream)).build();
      return new ProgressReporter(err, bar, false);
    }
    return new ProgressReporter(err, null, !quiet);
  }

  /** With {@code --verbose}, an INTERNAL error's stack trace follows its line. */
  ProgressReporter verbose(boolean on) {
    this.verbose = on;
    return this;
  }

  @Override
  public synchronized void inputDone(ManifestInput entry, int done, int total) {
    if (entry.status() == InputStatus.FAILED) {
      failed++;
      boolean output = "OUTPUT_UNWRITABLE".equals(entry.errorCode());
      if (!output) {
        err.println("plan-extract: " + LogText.escape(entry.path()) + ": " + LogText.escape(entry.error())
            + " [" + entry.errorCode() + "]");
      } else if (!outputReported) {
        // Reported once here for the run, not once per document: the inputs are not at fault.
        outputReported = true;
      }
      if (verbose && entry.detail() != null) {
        err.println(entry.detail().stripTrailing());
      }
    }
    if (bar != null) {
      bar.maxHint(total);
      bar.stepTo(done);
      bar.setExtraMessage(failed == 0 ? "" : failed + " failed");
    } else if (plain && (System.nanoTime() - lastLine > PLAIN_EVERY_NANOS || done == total)) {
      lastLine = System.nanoTime();
      double seconds = (lastLine - started) / 1e9;
      err.printf(java.util.Locale.ROOT, "plan-extract: %d/%d documents, %.1f/s, %d failed%n", done, total,
          done / Math.max(seconds, 1e-3), failed);
    }
    err.flush();
  }

  @Override
  public synchronized void warning(String message) {
    err.println("plan-extract: warning: " + LogText.escape(message));
    err.flush();
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
