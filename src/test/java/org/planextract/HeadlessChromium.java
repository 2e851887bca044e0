package org.planextract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium run headless for the browser tests (review page, compare.html, the annotator
 * loop), with the flags this closed network needs and a profile folder of the test's own. Skips the
 * test where Chromium is missing, except under CI=true, where .ci/run installs it.
 */
public final class HeadlessChromium {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private final Path profile;

  public HeadlessChromium(Path profile) {
    this.profile = profile;
  }

  /** Skips the calling test when Chromium is missing outside CI; fails under CI=true. */
  public static void assumeInstalled() {
    if (!Files.isExecutable(CHROMIUM)) {
      Assumptions.assumeFalse(!"true".equals(System.getenv("CI")), "Chromium not installed (only CI requires it)");
      throw new AssertionError("CI=true but " + CHROMIUM + " is missing: .ci/run installs it");
    }
  }

  /** Runs Chromium with {@code args} after the headless flags; returns what it printed (e.g. --dump-dom). */
  public String run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] stdout = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium finished");
    return new String(stdout, StandardCharsets.UTF_8);
  }
}
