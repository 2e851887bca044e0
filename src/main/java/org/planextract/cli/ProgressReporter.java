package org.planextract.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.planextract.model.InputStatus;
import org.planextract.model.ManifestInput;
import org.planextract.run.RunListener;

/**
 * Tells the user how a run goes: a progress bar (done/total, rate, ETA, failures) on a terminal,
 * a plain line every few seconds otherwise, nothing when quiet; one line per failed document,
 * always, printed above the bar (the bar is redrawn below it); and the phase after the documents
 * ("writing corpus files"), so a bar at 100 % is never silent. Called from worker threads.
 */
final class ProgressReporter implements RunListener, AutoCloseable {
  private static final long PLAIN_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

  private final PrintWriter err;
  private final BarFactory factory;
  private final boolean plain;
  private final long started = System.nanoTime();
  private ProgressBar bar;
  private long lastLine = System.nanoTime();
  private int failed;

  private boolean verbose;
  private boolean outputReported;

  /** Makes the bar once the total is known, so that its first frame shows 0/total, not ? % 0/0. */
  @FunctionalInterface
  interface BarFactory {
    ProgressBar create(int total);
  }

  private ProgressReporter(PrintWriter err, BarFactory factory, boolean plain) {
    this.err = err;
    this.factory = factory;
    this.plain = plain;
  }

  static ProgressReporter create(PrintWriter err, boolean quiet, boolean terminal, PrintStream terminalStream) {
    if (!quiet && terminal) {
      return new ProgressReporter(err, total -> new ProgressBarBuilder().setTaskName("extract").setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed().setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
          .setUnit(" docs", 1).setConsumer(new ConsoleProgressBarConsumer(terminalStream, 120)).build(), false);
    }
    return new ProgressReporter(err, null, !quiet);
  }

  /** With {@code --verbose}, an INTERNAL error's stack trace follows its line. */
  ProgressReporter verbose(boolean on) {
    this.verbose = on;
    return this;
  }

  @Override
  public synchronized void started(int total) {
    if (factory != null && bar == null) {
      bar = factory.create(total);
    }
  }

  @Override
  public synchronized void inputDone(ManifestInput entry, int done, int total) {
    started(total);
    if (entry.status() == InputStatus.FAILED) {
      failed++;
      boolean output = "OUTPUT_UNWRITABLE".equals(entry.errorCode());
      if (!output) {
        above("plan-extract: " + LogText.escape(entry.path()) + ": " + LogText.escape(entry.error())
            + " [" + entry.errorCode() + "]");
      } else if (!outputReported) {
        // Reported once for the run by the command, not once per document: the inputs are not at fault.
        outputReported = true;
      }
      if (verbose && entry.detail() != null) {
        above(entry.detail().stripTrailing());
      }
    }
    if (bar != null) {
      bar.stepTo(done);
      bar.setExtraMessage(failed == 0 ? "" : " " + failed + " failed ");
    } else if (plain && (System.nanoTime() - lastLine > PLAIN_EVERY_NANOS || done == total)) {
      lastLine = System.nanoTime();
      double seconds = (lastLine - started) / 1e9;
      err.printf(Locale.ROOT, "plan-extract: %d/%d documents, %d failed, %.1f documents/s%n", done, total, failed,
          done / Math.max(seconds, 1e-3));
    }
    err.flush();
  }

  @Override
  public synchronized void phase(String name) {
    if (bar != null) {
      bar.setExtraMessage(" " + name + "…" + (failed == 0 ? " " : " (" + failed + " failed) "));
      bar.refresh();
    } else if (plain) {
      err.println("plan-extract: " + name);
      err.flush();
    }
  }

  /** The bar (null until started, or without a terminal), for tests. */
  ProgressBar bar() {
    return bar;
  }

  /** A line above the bar: the bar's own line is cleared first, and the bar redraws below. */
  private void above(String line) {
    if (bar != null) {
      err.print("\r\033[K");
    }
    err.println(line);
    err.flush();
    if (bar != null) {
      bar.refresh();
    }
  }

  @Override
  public synchronized void warning(String message) {
    above("plan-extract: warning: " + LogText.escape(message));
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
