package org.planextract.cli;

import java.nio.file.Path;
import org.planextract.rules.RuleLoader;
import org.planextract.rules.RuleSet;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option shared by commands that extract. */
final class RulesOption {
  @Option(names = "--rules", paramLabel = "DIR",
      description = "Rule files to use (default: ./rules if present, else the rules bundled in the jar).")
  Path dir;

  RuleSet load() {
    RuleLoader loader = new RuleLoader();
    return dir == null ? loader.loadDefault() : loader.loadDirectory(dir);
  }
}
