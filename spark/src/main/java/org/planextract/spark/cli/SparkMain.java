package org.planextract.spark.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.planextract.problems.PlanExtractException;
import org.planextract.run.CorpusRun;
import org.planextract.run.RunOptions;
import org.planextract.spark.DocumentResult;
import org.planextract.spark.JobManifest;
import org.planextract.spark.JobOptions;
import org.planextract.spark.Limits;
import org.planextract.spark.PlanJob;
import org.planextract.spark.RuleBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar plan-extract-spark.jar --master local[2] --out DIR INPUT...} on a laptop, or the
 * same jar with {@code spark-submit} on a cluster (then without {@code --master}: spark-submit's
 * own options say where it runs). Exit codes as the CLI's: 0 every document written, 1 some failed,
 * 2 usage error or invalid rules.
 */
@Command(name = "plan-extract-spark", mixinStandardHelpOptions = true, versionProvider = SparkMain.Version.class,
    description = "Extracts plans on Apache Spark into plans/ (JSON Lines), indicators/, targets/, failures/ (Parquet)"
        + " and _manifest.json.")
public final class SparkMain implements Callable<Integer> {
  static final int EXIT_OK = 0;
  static final int EXIT_SOME_FAILED = 1;
  static final int EXIT_USAGE = 2;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master, e.g. local[2] (default: what spark-submit or spark.master says).")
  private String master;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output folder: a local path, hdfs://… or s3a://… (subfolders are replaced).")
  private String out;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "Partitions of the document list (default: 4 per core of the cluster).")
  private int partitions;

  @Option(names = "--rules", paramLabel = "DIR",
      description = "Rule files, read on the driver and sent to the executors (default: ./rules if present, else the"
          + " bundled rules).")
  private Path rules;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + RunOptions.DEFAULT_MAX_BYTES,
      description = "Size limit per document (default: ${DEFAULT-VALUE}).")
  private long maxBytes;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "120",
      description = "Time limit per document (default: ${DEFAULT-VALUE}).")
  private long timeLimitSeconds;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
  private boolean quiet;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Files, folders (searched recursively) or globs; local, hdfs://… or s3a://….")
  private List<String> inputs;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (maxBytes < 1 || timeLimitSeconds < 1 || partitions < 0) {
      err.println("plan-extract-spark: --max-bytes and --time-limit must be positive, --partitions not negative");
      return EXIT_USAGE;
    }
    JobOptions options = new JobOptions(inputs, out, partitions,
        new Limits(maxBytes, Duration.ofSeconds(timeLimitSeconds)));
    RuleBundle ruleBundle;
    try {
      ruleBundle = RuleBundle.read(Optional.ofNullable(rules));
    } catch (PlanExtractException e) {
      err.println("plan-extract-spark: " + e.getMessage());
      return EXIT_USAGE;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("plan-extract");
    if (master != null) {
      builder.master(master).config("spark.ui.enabled", "false");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      spark.sparkContext().setLogLevel("WARN");
      PlanJob.Result result = new PlanJob(ruleBundle).run(spark, options);
      for (DocumentResult f : result.failures()) {
        err.println("plan-extract-spark: " + f.path() + ": " + f.reason() + " [" + f.errorCode() + "]");
      }
      JobManifest m = result.manifest();
      if (!quiet) {
        spec.commandLine().getOut().println("plan-extract-spark: " + m.ok() + " of " + m.documents()
            + " documents written to " + out + (m.failed() > 0 ? " (" + m.failed() + " failed, see failures/)" : "")
            + " in " + m.seconds() + " s on " + m.partitions() + " partitions");
      }
      return m.failed() == 0 ? EXIT_OK : EXIT_SOME_FAILED;
    } catch (IOException e) {
      err.println("plan-extract-spark: cannot list inputs or write " + out + ": " + e.getMessage());
      return EXIT_SOME_FAILED;
    } finally {
      spark.stop();
    }
  }

  /** A command line writing to the given streams, as the tests and {@link #main} use it. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new SparkMain());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> EXIT_USAGE);
    cl.setParameterExceptionHandler((ex, args) -> {
      ex.getCommandLine().getErr().println("plan-extract-spark: " + ex.getMessage());
      return EXIT_USAGE;
    });
    return cl;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** The core's version, baked into its jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"plan-extract-spark " + CorpusRun.toolVersion()};
    }
  }
}
