package org.planextract.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import org.planextract.model.ErrorCode;
import org.planextract.model.ManifestInput;
import org.planextract.model.RunLimits;

/**
 * The supervisor of process isolation (Tika's ForkParser / tika-pipes idea): documents go to child
 * JVMs, one request at a time each. A child that answers late (time limit + grace) is killed and
 * the document is {@code TIMEOUT}; one that exits with the out-of-memory code gives
 * {@code OUT_OF_MEMORY}; any other death {@code CRASHED}. The dead child is replaced at the next
 * request and the run goes on. Safe for as many calling threads as there are workers.
 */
final class ProcessWorkers implements AutoCloseable {
  static final Duration GRACE = Duration.ofSeconds(5);
  static final Duration STARTUP = Duration.ofSeconds(180);

  private final WorkerLaunch launch;
  private final String config;
  private final Duration answerWithin;
  private final ObjectMapper mapper = Protocol.mapper();
  private final LinkedBlockingQueue<Slot> slots = new LinkedBlockingQueue<>();
  private final List<Slot> all = new ArrayList<>();

  /** A place for one worker; empty until first used or after its worker died. */
  private static final class Slot {
    ChildWorker worker;
  }

  ProcessWorkers(WorkerLaunch launch, int size, Path outDir, RunLimits limits) throws IOException {
    this.launch = launch;
    this.config = mapper.writeValueAsString(new Protocol.Config(outDir.toString(), limits));
    this.answerWithin = Duration.ofSeconds(limits.timeLimitSeconds()).plus(GRACE);
    for (int i = 0; i < size; i++) {
      Slot s = new Slot();
      all.add(s);
      slots.add(s);
    }
  }

  ManifestInput process(Path path, String docId, Path target) throws InterruptedException, IOException {
    Slot slot = slots.take();
    try {
      if (slot.worker == null) {
        slot.worker = startWorker();
      }
      String request = mapper.writeValueAsString(new Protocol.Request(path.toString(), docId));
      ChildWorker.Reply reply = slot.worker.exchange(request, answerWithin);
      if (reply instanceof ChildWorker.Answer answer) {
        JsonNode node = mapper.readTree(answer.line());
        if (node.has("outputUnwritable")) {
          throw new OutputUnwritableException(node.get("outputUnwritable").asText());
        }
        return mapper.treeToValue(node, ManifestInput.class);
      }
      slot.worker.kill();
      slot.worker = null;
      Files.deleteIfExists(target.toAbsolutePath());
      if (reply instanceof ChildWorker.TimedOut) {
        return DocumentJob.failed(path, docId, null, ErrorCode.TIMEOUT,
            "over the per-document time limit; its worker was killed and replaced", null);
      }
      int exit = ((ChildWorker.Died) reply).exitCode();
      return exit == WorkerLaunch.OOM_EXIT
          ? DocumentJob.failed(path, docId, null, ErrorCode.OUT_OF_MEMORY,
              "the worker ran out of memory on this document; it was replaced", null)
          : DocumentJob.failed(path, docId, null, ErrorCode.CRASHED,
              "the worker died on this document (exit code " + exit + "); it was replaced", null);
    } finally {
      slots.add(slot);
    }
  }

  private ChildWorker startWorker() throws IOException, InterruptedException {
    ChildWorker w = ChildWorker.start(launch);
    ChildWorker.Reply ready = w.exchange(config, STARTUP);
    if (ready instanceof ChildWorker.Answer a && a.line().contains("\"ready\"")) {
      return w;
    }
    w.kill();
    throw new IOException("a worker JVM did not start (" + ready + "); run with --verbose to see its errors");
  }

  @Override
  public void close() throws InterruptedException {
    for (Slot s : all) {
      if (s.worker != null) {
        s.worker.close();
        s.worker = null;
      }
    }
  }

}
