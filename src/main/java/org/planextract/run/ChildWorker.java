package org.planextract.run;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One child JVM and its line protocol. A reader thread moves the child's stdout lines into a
 * queue, so the supervisor waits for an answer with a timeout; end of stream means the child died.
 * The child's stderr is discarded (its JVM prints one line on an out-of-memory exit), or passed
 * through with {@code --verbose}.
 */
final class ChildWorker implements AutoCloseable {
  /** What came back for a request. */
  sealed interface Reply permits Answer, TimedOut, Died {}

  record Answer(String line) implements Reply {}

  record TimedOut() implements Reply {}

  record Died(int exitCode) implements Reply {}

  private static final Optional<String> EOF = Optional.empty();
  private final Process process;
  private final BufferedWriter stdin;
  private final LinkedBlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();

  private ChildWorker(Process process) {
    this.process = process;
    this.stdin = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    Thread reader = new Thread(this::pump, "worker-stdout-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  static ChildWorker start(WorkerLaunch launch) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(launch.command());
    pb.redirectError(launch.passStderr() ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.DISCARD);
    return new ChildWorker(pb.start());
  }

  private void pump() {
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(Optional.of(line));
      }
    } catch (IOException e) {
      // The pipe broke: the child is gone, which the supervisor learns from the end marker below.
    } finally {
      lines.add(EOF);
    }
  }

  /** Sends one line (null: only wait) and waits up to {@code timeout} for the next line. */
  Reply exchange(String request, Duration timeout) throws InterruptedException {
    if (request != null) {
      try {
        stdin.write(request);
        stdin.write('\n');
        stdin.flush();
      } catch (IOException e) {
        return died();
      }
    }
    Optional<String> line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (line == null) {
      return new TimedOut();
    }
    return line.isPresent() ? new Answer(line.get()) : died();
  }

  private Died died() throws InterruptedException {
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor();
    }
    return new Died(process.exitValue());
  }

  /** Ends the child: stdin closed (it exits by itself), killed if it does not within a second. */
  @Override
  public void close() throws InterruptedException {
    try {
      stdin.close();
    } catch (IOException e) {
      // Already gone; killed below if not.
    }
    if (!process.waitFor(1, TimeUnit.SECONDS)) {
      kill();
    }
  }

  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }
}
