package org.planextract.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder replaced below. */
@Command(name = "eval", description = "Compare extracted plans with expected fixtures.")
final class EvalCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
