package org.planextract.run;

import java.util.ArrayList;
import java.util.List;

/**
 * How to start a child worker JVM: the same java binary and class path as this process, its own
 * heap ({@code -Xmx}), its stderr shown only when {@code passStderr} ({@code --verbose}), and {@code -XX:+ExitOnOutOfMemoryError} so that a document exhausting the
 * heap ends the worker at once (exit code {@value #OOM_EXIT}) instead of leaving it half alive.
 */
public record WorkerLaunch(List<String> command, boolean passStderr) {
  /** The exit code of a JVM ended by {@code -XX:+ExitOnOutOfMemoryError}. */
  public static final int OOM_EXIT = 3;
  /** The main class and subcommand a worker runs. */
  public static final String MAIN = "org.planextract.cli.Main";

  public WorkerLaunch {
    command = List.copyOf(command);
  }

  /** A worker running {@code Main worker ARGS...} in a JVM like this one, with {@code heap} (e.g. "512m"). */
  public static WorkerLaunch sameJvm(String heap, List<String> workerArgs, boolean passStderr) {
    String java = ProcessHandle.current().info().command()
        .orElse(System.getProperty("java.home") + "/bin/java");
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, "-Xss8m", "-XX:+ExitOnOutOfMemoryError",
        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=4", "-Dfile.encoding=UTF-8", "-cp",
        System.getProperty("java.class.path"), MAIN, "worker"));
    cmd.addAll(workerArgs);
    return new WorkerLaunch(cmd, passStderr);
  }
}
