package org.planextract.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * Fresh JVMs for the benchmarks that include JVM start: the running jar and java executable, and
 * the wall time of a child process from start to exit (its output discarded; a non-zero exit is
 * an error).
 */
public final class ChildJvm {
  private final Path jar;
  private final String java;

  /** The jar this code runs from and the java executable running it. */
  public ChildJvm() {
    try {
      this.jar = Path.of(ChildJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the running jar", e);
    }
    this.java = ProcessHandle.current().info().command().orElse("java");
  }

  public Path jar() {
    return jar;
  }

  public String java() {
    return java;
  }

  /** Runs {@code command} to its end and returns its wall time in seconds. */
  public double wall(List<String> command) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    int code = p.waitFor();
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (code != 0) {
      throw new IOException(String.join(" ", command.subList(0, Math.min(8, command.size())))
          .replace(File.pathSeparator, " ") + " …: exit code " + code);
    }
    return seconds;
  }
}
