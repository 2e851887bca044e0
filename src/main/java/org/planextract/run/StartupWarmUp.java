package org.planextract.run;

import java.util.List;

/**
 * Start-up work moved off a run's critical path: one daemon thread that runs the given warm-ups in
 * order (HanLP's dictionaries, then the aggregate writers' libraries) while the main thread loads
 * the rules and extracts. Warm-ups only load what the run would load anyway; outputs do not depend
 * on whether or when they ran, and the JVM does not wait for them at exit.
 */
public final class StartupWarmUp {
  private final List<Runnable> steps;

  public StartupWarmUp(List<Runnable> steps) {
    this.steps = List.copyOf(steps);
  }

  /** Starts the thread and returns at once. */
  public void start() {
    Thread thread = new Thread(() -> steps.forEach(Runnable::run), "plan-extract-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.NORM_PRIORITY - 1);
    thread.start();
  }
}
