package org.planextract.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.planextract.run.CorpusRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code plan-extract}: the root command. Exit codes: 0 all documents written, 1 some failed (the
 * others written), 2 usage error or invalid rules, 3 the output folder cannot be written.
 */
@Command(name = "plan-extract", mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Structured JSON from Chinese government plan documents (十四五 规划).",
    subcommands = {ExtractCommand.class, EvalCommand.class, BenchCommand.class, RulesCommand.class,
        ExplainCommand.class, ReviewCommand.class, WorkerCommand.class})
public final class Main implements Runnable {
  public static final int EXIT_OK = 0;
  public static final int EXIT_SOME_FAILED = 1;
  public static final int EXIT_USAGE = 2;
  /** The output folder cannot be written (full disk, read-only, in use by another run). */
  public static final int EXIT_OUTPUT = 3;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (extract, eval)");
  }

  /** A command line writing UTF-8 to the given streams, as the tests and {@link #main} use it. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> EXIT_USAGE);
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("plan-extract: " + ex.getMessage());
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
      return EXIT_USAGE;
    });
    return cl;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Reports the version baked into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"plan-extract " + CorpusRun.toolVersion()};
    }
  }
}
