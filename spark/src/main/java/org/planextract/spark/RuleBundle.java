package org.planextract.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planextract.model.ErrorCode;
import org.planextract.problems.PlanExtractException;
import org.planextract.rules.RuleLoader;
import org.planextract.rules.RuleSet;

/**
 * The rule files of a job as bytes, read once on the driver and broadcast to the executors, so
 * every executor runs exactly the rules the driver validated (no rules folder has to exist on the
 * cluster's machines). {@code sha256} is the checksum the rule set reports, the key of
 * {@link ExtractorCache}.
 */
public record RuleBundle(String source, String sha256, List<String> names, List<byte[]> contents)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The rules of {@code dir} when given, else those the CLI would use ({@code ./rules} when it
   * exists, else the copy bundled in the core jar), loaded strictly: bad rules fail here, on the
   * driver, before any document is read.
   */
  public static RuleBundle read(Optional<Path> dir) {
    Optional<Path> folder = dir.isPresent() ? dir
        : Optional.of(Path.of("rules")).filter(p -> Files.isRegularFile(p.resolve("structure.yaml")));
    RuleSet rules = folder.isPresent() ? new RuleLoader().loadDirectory(folder.get()) : new RuleLoader().loadBundled();
    List<byte[]> contents = new ArrayList<>();
    for (String name : RuleLoader.FILES) {
      contents.add(folder.isPresent() ? readFile(folder.get().resolve(name)) : readBundled(name));
    }
    return new RuleBundle(rules.source(), rules.sha256(), RuleLoader.FILES, contents);
  }

  /** Compiles the bundle (on an executor): writes the files to a scratch folder and loads it. */
  RuleSet load() {
    try {
      Path dir = Files.createTempDirectory("plan-extract-rules");
      try {
        for (int i = 0; i < names.size(); i++) {
          Files.write(dir.resolve(names.get(i)), contents.get(i));
        }
        RuleSet rules = new RuleLoader().loadDirectory(dir);
        if (!rules.sha256().equals(sha256)) {
          throw new IllegalStateException("rules checksum changed in transit: " + rules.sha256() + " != " + sha256);
        }
        return rules;
      } finally {
        for (String name : names) {
          Files.deleteIfExists(dir.resolve(name));
        }
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage the rules in a temporary folder", e);
    }
  }

  private static byte[] readFile(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new PlanExtractException(ErrorCode.BAD_RULES, file + ": cannot read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static byte[] readBundled(String name) {
    try (InputStream in = RuleLoader.class.getResourceAsStream("/rules/" + name)) {
      if (in == null) {
        throw new PlanExtractException(ErrorCode.BAD_RULES, "bundled rules/" + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new PlanExtractException(ErrorCode.BAD_RULES, "cannot read bundled rules/" + name);
    }
  }
}
