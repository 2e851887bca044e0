package org.planextract.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.planextract.PlanExtractor;
import org.planextract.problems.PlanExtractException;
import org.planextract.run.WorkerLoop;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code worker}: the child JVM of {@code extract --isolation processes} (hidden; started by the
 * run, never by hand). Its stdout carries only protocol lines, so anything else a library prints
 * is sent to stderr.
 */
@Command(name = "worker", hidden = true, description = "Child worker of extract --isolation processes.")
final class WorkerCommand implements Callable<Integer> {
  @Mixin
  private RulesOption rules;

  @Override
  public Integer call() throws IOException {
    PrintStream protocol = System.out;
    System.setOut(System.err);
    PlanExtractor extractor;
    try {
      extractor = new PlanExtractor(rules.load());
    } catch (PlanExtractException e) {
      System.err.println("plan-extract worker: " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    Writer out = new OutputStreamWriter(protocol, StandardCharsets.UTF_8);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    new WorkerLoop(extractor).serve(in, out);
    return Main.EXIT_OK;
  }
}
