package org.planextract.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code bench --cold}: throughput with JVM start included. The bench texts are written as .txt
 * files to a temporary folder; then, for each thread count, a fresh {@code java -jar
 * plan-extract.jar extract --threads N} of the folder, the same extract as the launcher runs it
 * (the CDS archive beside the jar when there is one, and the client compiler only when the files
 * are under the launcher's size limit) and a fresh JVM running HanLP
 * standard segmentation alone over the same files ({@code org.planextract.nlp.SegmentFiles}) are
 * timed, wall clock from start to exit, in turn, several times. The characters are those of the
 * files.
 */
public final class ColdThroughput {
  /** One command's wall times over the repetitions, for the characters it processed. */
  public record Run(String name, int threads, long characters, List<Double> seconds) {
    public Run {
      seconds = List.copyOf(seconds);
    }

    public double fastest() {
      return seconds.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    public double slowest() {
      return seconds.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** Characters per second of the fastest run. */
    public double charactersPerSecond() {
      return characters / fastest();
    }
  }

  private final ChildJvm jvm;

  public ColdThroughput(ChildJvm jvm) {
    this.jvm = jvm;
  }

  /** Times both commands over {@code texts} for each thread count, {@code repetitions} times each. */
  public List<Run> run(List<String> texts, List<Integer> threadCounts, int repetitions)
      throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("plan-extract-cold");
    Path out = Files.createTempDirectory("plan-extract-cold-out");
    try {
      return run(texts, threadCounts, repetitions, dir, out);
    } finally {
      delete(out);
      delete(dir);
    }
  }

  private List<Run> run(List<String> texts, List<Integer> threadCounts, int repetitions, Path dir, Path out)
      throws IOException, InterruptedException {
    List<String> files = new ArrayList<>();
    long characters = 0;
    long bytes = 0;
    for (int i = 0; i < texts.size(); i++) {
      Path file = dir.resolve(String.format(Locale.ROOT, "plan-%05d.txt", i));
      Files.writeString(file, texts.get(i), StandardCharsets.UTF_8);
      files.add(file.toString());
      characters += texts.get(i).length();
      bytes += Files.size(file);
    }
    List<Run> runs = new ArrayList<>();
    for (int n : threadCounts) {
      List<String> hanlp = new ArrayList<>(List.of(jvm.java(), "-cp", jvm.jar().toString(), "org.planextract.nlp.SegmentFiles",
          Integer.toString(n)));
      hanlp.addAll(files);
      List<String> extractArgs = List.of("-jar", jvm.jar().toString(), "extract", "-q", "--threads", Integer.toString(n),
          "--out", out.toString(), dir.toString());
      List<String> extract = new ArrayList<>(List.of(jvm.java()));
      extract.addAll(extractArgs);
      List<String> launched = new ArrayList<>(List.of(jvm.java()));
      launched.addAll(launcherFlags(bytes));
      launched.addAll(extractArgs);
      List<Double> hanlpTimes = new ArrayList<>();
      List<Double> extractTimes = new ArrayList<>();
      List<Double> launchedTimes = new ArrayList<>();
      for (int r = 0; r < repetitions; r++) {
        hanlpTimes.add(jvm.wall(hanlp));
        extractTimes.add(jvm.wall(extract));
        launchedTimes.add(jvm.wall(launched));
      }
      runs.add(new Run("HanLP alone", n, characters, hanlpTimes));
      runs.add(new Run("extract", n, characters, extractTimes));
      runs.add(new Run("./plan-extract", n, characters, launchedTimes));
    }
    return runs;
  }

  /** The input size under which {@code ./plan-extract} runs an extract with the client compiler only (as in the launcher). */
  static final long LAUNCHER_QUICK_JIT_BYTES = 64_000_000L;

  /** The JVM options {@code ./plan-extract} adds for an input of {@code bytes}. */
  private List<String> launcherFlags(long bytes) {
    List<String> flags = new ArrayList<>();
    Path jsa = jvm.jar().resolveSibling("plan-extract.jsa");
    if (Files.isRegularFile(jsa)) {
      flags.addAll(List.of("-XX:SharedArchiveFile=" + jsa, "-Xshare:auto"));
    }
    if (bytes < LAUNCHER_QUICK_JIT_BYTES) {
      flags.add("-XX:TieredStopAtLevel=1");
    }
    return flags;
  }

  /** Removes a temporary folder and everything in it. */
  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
