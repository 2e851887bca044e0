package org.planextract.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench --first-plan}: the wall time of a fresh {@code java -jar plan-extract.jar extract} of
 * one plan against a fresh JVM that loads HanLP and segments one sentence ({@code
 * org.planextract.nlp.SegmentOneSentence}), each run as a child process several times; with the
 * application class-data-sharing archive next to the jar (plan-extract.jsa, made by the launcher)
 * when there is one.
 */
public final class FirstPlan {
  /** The wall times, in seconds, of the repetitions of one command. */
  public record Times(String name, List<Double> seconds) {
    public double min() {
      return seconds.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    public double max() {
      return seconds.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
  }

  private final ChildJvm jvm;
  private final Path jar;
  private final String java;

  public FirstPlan(ChildJvm jvm) {
    this.jvm = jvm;
    this.jar = jvm.jar();
    this.java = jvm.java();
  }

  /** The archive the launcher makes next to the jar, if it exists. */
  public Path archive() {
    return jar.resolveSibling("plan-extract.jsa");
  }

  /** Times {@code repetitions} runs of each command for {@code plan}; the output goes to a temporary folder. */
  public List<Times> run(Path plan, int repetitions) throws IOException, InterruptedException {
    Path out = Files.createTempDirectory("plan-extract-first-plan");
    List<List<String>> commands = new ArrayList<>();
    List<String> names = new ArrayList<>();
    names.add("HanLP: load + segment one sentence");
    commands.add(List.of(java, "-cp", jar.toString(), "org.planextract.nlp.SegmentOneSentence"));
    names.add("extract one plan");
    commands.add(List.of(java, "-jar", jar.toString(), "extract", "-q", "--out", out.toString(), plan.toString()));
    if (Files.isRegularFile(archive())) {
      names.add("extract one plan, CDS archive");
      commands.add(List.of(java, "-XX:SharedArchiveFile=" + archive(), "-Xshare:auto", "-jar", jar.toString(),
          "extract", "-q", "--out", out.toString(), plan.toString()));
    }
    List<List<Double>> times = new ArrayList<>();
    commands.forEach(c -> times.add(new ArrayList<>()));
    for (int r = 0; r < repetitions; r++) {
      for (int c = 0; c < commands.size(); c++) {
        times.get(c).add(jvm.wall(commands.get(c)));
      }
    }
    List<Times> result = new ArrayList<>();
    for (int c = 0; c < commands.size(); c++) {
      result.add(new Times(names.get(c), List.copyOf(times.get(c))));
    }
    return result;
  }
}
