package org.planextract.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.planextract.run.InputCollector;
import org.planextract.bench.BenchResult;
import org.planextract.bench.Benchmark;
import org.planextract.problems.PlanExtractException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench [--mb 20] [--threads N] INPUT...}: reading, segmentation and pipeline throughput. */
@Command(name = "bench", description = "Measure throughput: the inputs repeated in memory to --mb megabytes of text.",
    footer = {"  plan-extract bench --mb 20 --threads 2 corpus"})
final class BenchCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--mb", defaultValue = "20", description = "Megabytes of text to process (default ${DEFAULT-VALUE}).")
  private double megabytes;

  @Option(names = "--threads", defaultValue = "1", description = "Worker threads (default ${DEFAULT-VALUE}).")
  private int threads;

  @Mixin
  private RulesOption rules;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Plan files or folders.")
  private List<Path> inputs;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Benchmark.Input> base = new ArrayList<>();
    for (InputCollector.Input input : new InputCollector().collect(inputs)) {
      if (input.problem() == null) {
        base.add(new Benchmark.Input(input.path(), Files.readAllBytes(input.path())));
      }
    }
    if (base.isEmpty()) {
      spec.commandLine().getErr().println("plan-extract bench: no input files");
      return Main.EXIT_USAGE;
    }
    long baseBytes = base.stream().mapToLong(i -> i.bytes().length).sum();
    List<Benchmark.Input> docs = new ArrayList<>();
    long total = 0;
    while (total < megabytes * 1_000_000) {
      docs.addAll(base);
      total += baseBytes;
    }
    List<BenchResult> results;
    try {
      results = new Benchmark(rules.load(), threads).run(docs);
    } catch (PlanExtractException e) {
      spec.commandLine().getErr().println("plan-extract bench: " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    out.printf(Locale.ROOT, "%d documents, %d threads, max heap %d MB%n", docs.size(), threads,
        Runtime.getRuntime().maxMemory() >> 20);
    out.printf(Locale.ROOT, "%-16s %10s %12s %9s %12s%n", "phase", "docs/s", "Mchars/s", "seconds", "peak heap MB");
    for (BenchResult r : results) {
      out.printf(Locale.ROOT, "%-16s %10.1f %12.3f %9.2f %12d%n", r.phase(), r.documentsPerSecond(),
          r.charactersPerSecond() / 1e6, r.seconds(), r.peakHeapBytes() >> 20);
    }
    return Main.EXIT_OK;
  }
}
