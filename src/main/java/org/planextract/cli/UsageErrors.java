package org.planextract.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * Answers a misuse of the command line with one line on stderr: what is wrong, a suggestion for a
 * mistyped command or option ("did you mean 'extract'?") and where help is; exit code 2. A command
 * called without its subcommand prints its usage instead, which lists every subcommand.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    CommandLine c = ex.getCommandLine();
    PrintWriter err = c.getErr();
    if (ex instanceof Main.MissingCommand) {
      err.println(c.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
      c.usage(err);
      return Main.EXIT_USAGE;
    }
    StringBuilder line = new StringBuilder(c.getCommandSpec().qualifiedName()).append(": ").append(ex.getMessage());
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      List<String> suggestions = u.getSuggestions();
      if (!suggestions.isEmpty()) {
        line.append("; did you mean ")
            .append(String.join(" or ", suggestions.stream().limit(2).map(s -> "'" + s + "'").toList())).append('?');
      }
    }
    line.append(" (see '").append(c.getCommandSpec().qualifiedName()).append(" --help')");
    err.println(line);
    return Main.EXIT_USAGE;
  }
}
