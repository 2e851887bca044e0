package org.planextract.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToLongFunction;
import org.planextract.PlanExtractor;
import org.planextract.model.Format;
import org.planextract.nlp.HanLpSegmenter;
import org.planextract.model.ErrorCode;
import org.planextract.problems.PlanExtractException;
import org.planextract.nlp.Segmenter;
import org.planextract.read.DocumentReader;
import org.planextract.model.Format;
import org.planextract.read.Readers;
import org.planextract.read.SourceText;
import org.planextract.rules.RuleSet;

/**
 * Runs three phases over the same in-memory documents, each on {@code threads} threads after a
 * warm-up pass: reading (bytes → rendering; also per format, e.g. "read pdf", when the inputs mix
 * formats), HanLP standard segmentation of every rendering line,
 * and the whole pipeline (bytes → PlanDocument). HanLP and the rules are loaded once, before
 * timing starts.
 */
public final class Benchmark {
  /** A document kept in memory: its path (for the reader choice) and bytes. */
  public record Input(Path path, byte[] bytes) {}

  private final RuleSet rules;
  private final int threads;

  public Benchmark(RuleSet rules, int threads) {
    this.rules = rules;
    this.threads = threads;
  }

  public List<BenchResult> run(List<Input> documents) {
    Readers readers = new Readers(rules.html());
    PlanExtractor extractor = new PlanExtractor(rules);
    Segmenter segmenter = rules.segmenter();
    List<SourceText> texts = new ArrayList<>();
    for (Input in : documents) {
      texts.add(reader(readers, in).read(in.bytes()));
    }
    long characters = texts.stream().mapToLong(t -> t.text().length()).sum();
    List<BenchResult> results = new ArrayList<>();
    results.add(phase("read", documents, characters, in -> reader(readers, in).read(in.bytes()).text().length()));
    Map<Format, List<Input>> byFormat = new EnumMap<>(Format.class);
    Map<Format, Long> charactersByFormat = new EnumMap<>(Format.class);
    for (int i = 0; i < documents.size(); i++) {
      Format format = texts.get(i).format();
      byFormat.computeIfAbsent(format, f -> new ArrayList<>()).add(documents.get(i));
      charactersByFormat.merge(format, (long) texts.get(i).text().length(), Long::sum);
    }
    if (byFormat.size() > 1) {
      // Mixed inputs: each reader alone too (a .doc is read by HWPF, a .docx by XWPF …).
      byFormat.forEach((format, docs) -> results.add(phase("read " + format.wire(), docs,
          charactersByFormat.get(format), in -> reader(readers, in).read(in.bytes()).text().length())));
    }
    results.add(phase("segment (HanLP)", texts, characters, t -> {
      long n = 0;
      for (String line : t.text().split("\n")) {
        if (!line.isBlank()) {
          n += segmenter.segment(line).size();
        }
      }
      return n;
    }));
    results.add(phase("pipeline", documents, characters,
        in -> extractor.extract(in.path(), in.bytes(), "bench").sections().size()));
    return results;
  }

  private static DocumentReader reader(Readers readers, Input in) {
    return readers.forInput(in.path(), in.bytes());
  }

  private <T> BenchResult phase(String name, List<T> items, long characters, ToLongFunction<T> work) {
    runAll(items.subList(0, Math.min(items.size(), Math.max(1, items.size() / 10))), work);
    System.gc();
    resetPeaks();
    long t0 = System.nanoTime();
    long cpuNanos = runAll(items, work);
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new BenchResult(name, items.size(), characters, seconds, cpuNanos / 1e9, peakHeap());
  }

  /** Runs every item on the pool; returns the CPU nanoseconds the tasks used. */
  private <T> long runAll(List<T> items, ToLongFunction<T> work) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    LongAdder cpuNanos = new LongAdder();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> {
          long c0 = cpu.getCurrentThreadCpuTime();
          long n = work.applyAsLong(item);
          cpuNanos.add(cpu.getCurrentThreadCpuTime() - c0);
          return n;
        }));
      }
      for (Future<Long> f : futures) {
        f.get();
      }
      return cpuNanos.sum();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("benchmark task failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
