package org.planextract.hostile;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@code plan-extract} in a child JVM like the one running the tests, stdout and stderr to files. */
final class ChildRun {
  private ChildRun() {}

  static Process start(Path logDir, String heap, String... args) throws IOException {
    String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), "org.planextract.cli.Main"));
    cmd.addAll(List.of(args));
    File log = logDir.toFile();
    return new ProcessBuilder(cmd).redirectOutput(new File(log, "stdout.txt"))
        .redirectError(new File(log, "stderr.txt")).start();
  }
}
