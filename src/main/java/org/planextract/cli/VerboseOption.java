package org.planextract.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: an unexpected error prints its stack trace (read by {@link UnexpectedErrors}). */
final class VerboseOption {
  @Option(names = "--verbose", description = "On an unexpected error, print the stack trace too.")
  boolean verbose;
}
