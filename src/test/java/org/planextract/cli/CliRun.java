package org.planextract.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line: exit code and what it printed to stdout and stderr. */
record CliRun(int code, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.forArguments(new PrintWriter(out, true), new PrintWriter(err, true), args).execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
