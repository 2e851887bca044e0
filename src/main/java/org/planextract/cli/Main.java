package org.planextract.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.planextract.run.CorpusRun;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * {@code plan-extract}: the root command. Exit codes: 0 all documents written, 1 some failed (the
 * others written), 2 usage error or invalid rules, 3 the output folder cannot be written. Misuse is
 * answered with one line on stderr (with a suggestion for a mistyped command or option); an
 * unexpected error is one line too, and its stack trace only with {@code --verbose}.
 */
@Command(name = "plan-extract", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
    versionProvider = Main.Version.class,
    description = "Structured JSON from Chinese government plan documents (十四五 规划).",
    synopsisSubcommandLabel = "COMMAND", usageHelpWidth = 100,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success (every document written, every score above its minimum)",
        "1:some documents failed (the others are written) or a score is under its minimum",
        "2:usage error: unknown command or option, missing folder, bad option value, invalid rules",
        "3:the output folder cannot be written (full disk, read-only, locked by another run)"},
    footerHeading = "%nExamples:%n",
    footer = {"  plan-extract extract --out out corpus",
        "  plan-extract review --out review --expected src/test/resources/fixtures corpus",
        "  plan-extract explain corpus/plan.txt --line 204",
        "  plan-extract help extract"})
public final class Main implements Runnable {
  public static final int EXIT_OK = 0;
  public static final int EXIT_SOME_FAILED = 1;
  public static final int EXIT_USAGE = 2;
  /** The output folder cannot be written (full disk, read-only, in use by another run). */
  public static final int EXIT_OUTPUT = 3;

  /** The commands, in the order the usage lists them. */
  private static final List<Class<?>> COMMANDS = List.of(ExtractCommand.class, EvalCommand.class, ReviewCommand.class,
      ExplainCommand.class, CompareCommand.class, FixturesCommand.class, DiffCommand.class, RulesCommand.class,
      BenchCommand.class, CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class, WorkerCommand.class);
  /** Commands that need every other command's model (help lists them, completion writes them all). */
  private static final Set<String> NEED_ALL = Set.of("help", "generate-completion");

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  /** Without a command: the usage, listing every command, on stderr; exit 2. */
  @Override
  public void run() {
    throw new MissingCommand(spec.commandLine());
  }

  /** A command line with every command, writing to the given streams. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, COMMANDS);
  }

  /**
   * The command line for {@code args}, as {@link #main} and the CLI tests run it: when the first
   * argument names one of the commands exactly, only that command is added (picocli builds each
   * command's model by reflection at start-up, a tenth of a one-plan run for all twelve); otherwise
   * (options, a mistyped command that gets a suggestion, help, completion) every command.
   */
  public static CommandLine forArguments(PrintWriter out, PrintWriter err, String... args) {
    if (args.length > 0 && !NEED_ALL.contains(args[0])) {
      for (Class<?> command : COMMANDS) {
        if (command.getAnnotation(Command.class).name().equals(args[0])) {
          return commandLine(out, err, List.of(command));
        }
      }
    }
    return commandLine(out, err);
  }

  private static CommandLine commandLine(PrintWriter out, PrintWriter err, List<Class<?>> commands) {
    CommandLine cl = new CommandLine(new Main());
    for (Class<?> command : commands) {
      cl.addSubcommand(command);
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> EXIT_USAGE);
    cl.setParameterExceptionHandler(new UsageErrors());
    cl.setExecutionExceptionHandler(new UnexpectedErrors());
    CommandLine completion = cl.getSubcommands().get("generate-completion");
    if (completion != null) {
      completion.getCommandSpec().usageMessage().hidden(false);
    }
    return cl;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = forArguments(out, err, args).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Thrown when a command that needs a subcommand gets none: the usage is printed instead of one line. */
  static final class MissingCommand extends CommandLine.ParameterException {
    private static final long serialVersionUID = 1L;

    MissingCommand(CommandLine commandLine) {
      super(commandLine, "a command is required");
    }
  }

  /** Reports the version baked into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"plan-extract " + CorpusRun.toolVersion()};
    }
  }
}
