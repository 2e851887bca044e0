package org.planextract.cli;

import java.nio.file.Path;
import org.planextract.rules.RuleCheckCache;
import org.planextract.rules.RuleLoader;
import org.planextract.rules.RuleSet;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option shared by commands that extract. */
final class RulesOption {
  @Option(names = "--rules", paramLabel = "DIR",
      description = "Rule files to use (default: ./rules if present, else the rules bundled in the jar).")
  Path dir;

  /**
   * The rules, checked in full unless the user's cache says these very files passed with this jar
   * ({@link RuleCheckCache}).
   */
  RuleSet load() {
    RuleLoader loader = new RuleLoader(RuleLoader.ExampleFailures.FAIL, RuleCheckCache.user(System.getenv()));
    return dir == null ? loader.loadDefault() : loader.loadDirectory(dir);
  }
}
