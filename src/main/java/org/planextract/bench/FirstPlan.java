package org.planextract.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code bench --first-plan}: the wall time of a fresh {@code java -jar plan-extract.jar extract} of
 * one plan against a fresh JVM that loads HanLP and segments one sentence ({@code
 * org.planextract.nlp.SegmentOneSentence}), each run as a child process several times; with the
 * application class-data-sharing archive next to the jar (plan-extract.jsa, made by the launcher)
 * when there is one, and optionally the same for a baseline jar (an older build) so a before/after
 * comparison runs interleaved under the same load. Each extract command runs once untimed first,
 * as after a build: that run fills the rule-check cache, which the timed runs then use.
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

  /**
   * Times {@code repetitions} runs of each command for {@code plan} (and of {@code baseline}'s extract,
   * when given); the output goes to a temporary folder.
   */
  public List<Times> run(Path plan, int repetitions, Optional<Path> baseline) throws IOException, InterruptedException {
    Path out = Files.createTempDirectory("plan-extract-first-plan");
    List<List<String>> commands = new ArrayList<>();
    List<String> names = new ArrayList<>();
    names.add("HanLP: load + segment one sentence");
    commands.add(List.of(java, "-cp", jar.toString(), "org.planextract.nlp.SegmentOneSentence"));
    addExtract(jar, "", plan, out, names, commands);
    if (baseline.isPresent()) {
      addExtract(baseline.get(), "baseline ", plan, out, names, commands);
    }
    for (int c = 1; c < commands.size(); c++) {
      jvm.wall(commands.get(c));
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

  /**
   * {@code jar}'s extract of the plan: plain and, when the archive beside it exists, with CDS, and with
   * CDS and the client compiler only, as the launcher runs a small input.
   */
  private void addExtract(Path jarFile, String label, Path plan, Path out, List<String> names,
      List<List<String>> commands) {
    names.add(label + "extract one plan");
    commands.add(List.of(java, "-jar", jarFile.toString(), "extract", "-q", "--out", out.toString(), plan.toString()));
    Path jsa = jarFile.resolveSibling("plan-extract.jsa");
    if (Files.isRegularFile(jsa)) {
      names.add(label + "extract one plan, CDS archive");
      commands.add(List.of(java, "-XX:SharedArchiveFile=" + jsa, "-Xshare:auto", "-jar", jarFile.toString(),
          "extract", "-q", "--out", out.toString(), plan.toString()));
      names.add(label + "extract one plan, CDS + C1 (as ./plan-extract)");
      commands.add(List.of(java, "-XX:SharedArchiveFile=" + jsa, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-jar",
          jarFile.toString(), "extract", "-q", "--out", out.toString(), plan.toString()));
    }
  }

}
