package org.planextract.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The last resort for an exception a command did not handle (a bug, a disk that fills up): one
 * line naming the command and the error, exit code 1; the stack trace follows only when
 * {@code --verbose} was given to any command of the line.
 */
final class UnexpectedErrors implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    String message = ex.getMessage() == null ? "" : ": " + ex.getMessage().lines().findFirst().orElse("").strip();
    err.println(commandLine.getCommandSpec().qualifiedName() + ": " + ex.getClass().getSimpleName() + message
        + (verbose(parseResult) ? "" : " (--verbose for details)"));
    if (verbose(parseResult)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return Main.EXIT_SOME_FAILED;
  }

  private static boolean verbose(CommandLine.ParseResult result) {
    for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
