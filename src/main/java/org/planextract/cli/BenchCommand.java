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
import org.planextract.bench.ChildJvm;
import org.planextract.bench.ColdThroughput;
import org.planextract.bench.FirstPlan;
import org.planextract.bench.ScalingSeries;
import org.planextract.PlanExtractor;
import org.planextract.read.Readers;
import org.planextract.rules.RuleSet;
import org.planextract.problems.PlanExtractException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench [--mb 20] [--threads 1,2] [--scaling] [--first-plan] INPUT...}: reading, segmentation
 * and pipeline throughput on each thread count, the pipeline ÷ HanLP ratio, and optionally the
 * scaling series and the first-plan wall times.
 */
@Command(name = "bench", description = "Measure throughput: the inputs repeated in memory to --mb megabytes of text.",
    footer = {"  plan-extract bench --mb 20 --threads 1,2 corpus", "  plan-extract bench --mb 0 --scaling corpus",
        "  plan-extract bench --mb 0 --first-plan --repeat 5 corpus"})
final class BenchCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--mb", defaultValue = "20", description = "Megabytes of text to process (default ${DEFAULT-VALUE}).")
  private double megabytes;

  @Option(names = "--threads", defaultValue = "1,2", split = ",",
      description = "Worker thread counts, each measured in turn (default ${DEFAULT-VALUE}).")
  private List<Integer> threads;

  @Option(names = "--scaling", description = "Also run the scaling series (one plan ×1…×16, tables of 1k…16k rows; txt, docx, html).")
  private boolean scaling;

  @Option(names = "--first-plan", description = "Also time fresh processes: extract of the first input vs HanLP loading and segmenting one sentence.")
  private boolean firstPlan;

  @Option(names = "--cold", description = "Also time fresh processes over the same texts (JVM start included): extract of "
      + "all of them (plain, and as ./plan-extract runs it: CDS archive, client compiler) vs HanLP segmentation alone, on "
      + "each thread count.")
  private boolean cold;

  @Option(names = "--repeat", defaultValue = "5", description = "Repetitions of each --first-plan process, and of each --cold one (default ${DEFAULT-VALUE}).")
  private int repeat;

  @Option(names = "--baseline-jar", paramLabel = "JAR",
      description = "With --first-plan: also time this (older) build's extract, interleaved, with its plan-extract.jsa if beside it.")
  private Path baselineJar;

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
    if (threads.stream().anyMatch(n -> n < 1)) {
      spec.commandLine().getErr().println("plan-extract bench: --threads must be positive numbers (got " + threads + ")");
      return Main.EXIT_USAGE;
    }
    RuleSet loaded;
    try {
      loaded = rules.load();
    } catch (PlanExtractException e) {
      spec.commandLine().getErr().println("plan-extract bench: " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    if (megabytes > 0) {
      throughput(out, loaded, docs);
    }
    if (cold) {
      cold(out, loaded, docs);
    }
    if (scaling) {
      scaling(out, loaded, base.get(0));
    }
    if (firstPlan) {
      firstPlan(out, base.get(0).path());
    }
    return Main.EXIT_OK;
  }

  private void throughput(PrintWriter out, RuleSet loaded, List<Benchmark.Input> docs) {
    List<String> ratios = new ArrayList<>();
    for (int n : threads) {
      List<BenchResult> results = new Benchmark(loaded, n).run(docs);
      out.printf(Locale.ROOT, "%d documents, %d threads, max heap %d MB%n", docs.size(), n,
          Runtime.getRuntime().maxMemory() >> 20);
      out.printf(Locale.ROOT, "%-16s %10s %12s %9s %9s %14s %12s%n", "phase", "docs/s", "Mchars/s", "seconds",
          "cpu s", "Mchars/cpu s", "peak heap MB");
      for (BenchResult r : results) {
        out.printf(Locale.ROOT, "%-16s %10.1f %12.3f %9.2f %9.2f %14.3f %12d%n", r.phase(), r.documentsPerSecond(),
            r.charactersPerSecond() / 1e6, r.seconds(), r.cpuSeconds(), r.charactersPerCpuSecond() / 1e6,
            r.peakHeapBytes() >> 20);
      }
      BenchResult hanlp = phase(results, "segment (HanLP)");
      BenchResult pipeline = phase(results, "pipeline");
      ratios.add(String.format(Locale.ROOT, "%d thread%s %.2f (per cpu second %.2f)", n, n == 1 ? "" : "s",
          pipeline.charactersPerSecond() / hanlp.charactersPerSecond(),
          pipeline.charactersPerCpuSecond() / hanlp.charactersPerCpuSecond()));
    }
    out.println("ratio pipeline chars/s ÷ HanLP chars/s: " + String.join(", ", ratios));
  }

  private void cold(PrintWriter out, RuleSet loaded, List<Benchmark.Input> docs) throws IOException {
    Readers readers = new Readers(loaded.html());
    List<String> texts = docs.stream().map(d -> readers.forInput(d.path(), d.bytes()).read(d.bytes()).text()).toList();
    List<ColdThroughput.Run> runs;
    try {
      runs = new ColdThroughput(new ChildJvm()).run(texts, threads, repeat);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    out.printf(Locale.ROOT, "cold (fresh processes, JVM start included; %d .txt files, %d runs each):%n", texts.size(),
        repeat);
    out.printf(Locale.ROOT, "  %-14s %7s %16s %12s%n", "command", "threads", "wall s", "Mchars/s");
    List<String> ratios = new ArrayList<>();
    for (int k = 0; k + 2 < runs.size(); k += 3) {
      ColdThroughput.Run hanlp = runs.get(k);
      ColdThroughput.Run extract = runs.get(k + 1);
      ColdThroughput.Run launched = runs.get(k + 2);
      for (ColdThroughput.Run r : List.of(hanlp, extract, launched)) {
        out.printf(Locale.ROOT, "  %-14s %7d %7.2f–%-8.2f %12.3f%n", r.name(), r.threads(), r.fastest(), r.slowest(),
            r.charactersPerSecond() / 1e6);
      }
      ratios.add(String.format(Locale.ROOT, "%d thread%s %.2f (./plan-extract %.2f)", hanlp.threads(),
          hanlp.threads() == 1 ? "" : "s", extract.charactersPerSecond() / hanlp.charactersPerSecond(),
          launched.charactersPerSecond() / hanlp.charactersPerSecond()));
    }
    out.println("  ratio extract chars/s ÷ HanLP chars/s (fastest runs): " + String.join(", ", ratios));
  }

  private static BenchResult phase(List<BenchResult> results, String name) {
    return results.stream().filter(r -> r.phase().equals(name)).findFirst().orElseThrow();
  }

  private static void scaling(PrintWriter out, RuleSet loaded, Benchmark.Input first) {
    String text = new Readers(loaded.html()).forInput(first.path(), first.bytes()).read(first.bytes()).text();
    out.println("scaling series (whole pipeline, 1 thread; µs per 1,000 characters should stay flat):");
    out.printf(Locale.ROOT, "%-16s %-5s %12s %9s %10s%n", "input", "fmt", "chars", "seconds", "µs/kchar");
    for (ScalingSeries.Point p : new ScalingSeries(new PlanExtractor(loaded)).run(text)) {
      out.printf(Locale.ROOT, "%-16s %-5s %12d %9.3f %10.1f%n", p.shape(), p.format(), p.characters(), p.seconds(),
          p.microsPerKiloChar());
    }
  }

  private void firstPlan(PrintWriter out, Path plan) throws IOException {
    FirstPlan bench = new FirstPlan(new ChildJvm());
    List<FirstPlan.Times> times;
    try {
      times = bench.run(plan, repeat, java.util.Optional.ofNullable(baselineJar));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    out.printf(Locale.ROOT, "first plan (%s, fresh processes, %d runs each after one untimed extract):%n",
        plan.getFileName(), repeat);
    for (FirstPlan.Times t : times) {
      out.printf(Locale.ROOT, "  %-56s %.2f–%.2f s   ÷ HanLP (fastest runs) %.2f%n", t.name(), t.min(), t.max(),
          t.min() / times.get(0).min());
    }
  }
}
