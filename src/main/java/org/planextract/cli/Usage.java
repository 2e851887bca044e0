package org.planextract.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Checks of option values that picocli cannot make: each failed check prints one line naming the
 * option and the value, and the command returns exit code 2.
 */
final class Usage {
  private final CommandSpec spec;

  Usage(CommandSpec spec) {
    this.spec = spec;
  }

  /** The option's value is absent (null) or at least 1. */
  boolean positive(String option, Number value) {
    if (value != null && value.longValue() < 1) {
      return fail(option + " must be a positive number (got " + value + ")");
    }
    return true;
  }

  /** An output folder: absent (it will be created) or a folder, never a file. */
  boolean outputFolder(String option, Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      return fail(option + " " + dir + ": is a file, not a folder");
    }
    return true;
  }

  /** An input folder that must exist. */
  boolean inputFolder(String option, Path dir) {
    if (!Files.isDirectory(dir)) {
      return fail(option + " " + dir + ": " + (Files.exists(dir) ? "is a file, not a folder" : "no such folder"));
    }
    return true;
  }

  /** An input file that must exist. */
  boolean inputFile(String what, Path file) {
    if (!Files.isRegularFile(file)) {
      return fail(what + " " + file + ": " + (Files.exists(file) ? "is not a regular file" : "no such file"));
    }
    return true;
  }

  /** Prints the one line and returns false, for {@code if (!usage.x(...)) return EXIT_USAGE;}. */
  boolean fail(String message) {
    spec.commandLine().getErr().println(spec.qualifiedName() + ": " + message);
    return false;
  }
}
