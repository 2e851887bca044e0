package org.planextract.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.planextract.PlanExtractor;
import org.planextract.model.ErrorCode;
import org.planextract.model.ManifestInput;
import org.planextract.run.InputCollector.Input;

/**
 * Where documents run: {@code threads} worker threads, each document either processed in this JVM
 * ({@link DocumentJob}) or handed to a child JVM ({@link ProcessWorkers}). Results come back in
 * input order. In-process, a document still running past its time limit plus a grace period is
 * abandoned: it becomes {@code TIMEOUT}, its result is dropped if it ever comes, and a fresh
 * thread takes its place (a JVM cannot kill a thread; a child process it can, which is why
 * {@code PROCESSES} exists). Nothing a task throws escapes: it becomes the entry of its input.
 */
final class DocumentPool implements AutoCloseable {
  private final RunOptions options;
  private final ThreadPoolExecutor executor;
  private final DocumentJob job;
  private final ProcessWorkers workers;
  private final Map<Input, Task> tasks = new ConcurrentHashMap<>();
  private final long abandonAfterNanos;

  private static final class Task {
    final Input input;
    final AtomicBoolean abandoned = new AtomicBoolean();
    volatile long startedAt;
    Future<DocumentJob.Processed> future;

    Task(Input input) {
      this.input = input;
    }
  }

  DocumentPool(RunOptions options, PlanExtractor extractor) throws IOException {
    this.options = options;
    int n = options.threads();
    this.executor = new ThreadPoolExecutor(n, n, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), r -> {
      Thread t = new Thread(r, "plan-extract-worker");
      t.setDaemon(true);
      return t;
    });
    this.job = new DocumentJob(extractor, options.limits(), options.outDir());
    this.workers = options.isolation() == RunOptions.Isolation.PROCESSES
        ? new ProcessWorkers(options.launch(), n, options.outDir(), options.limits()) : null;
    this.abandonAfterNanos = options.timeLimit().plus(ProcessWorkers.GRACE).toNanos();
  }

  /**
   * Runs {@code work} for every input on the pool; the entries in input order. Each outcome is also
   * handed to {@code inOrder}, on the calling thread, in input order, as soon as it and all before
   * it are final.
   */
  List<ManifestInput> runAll(List<Input> inputs, Function<Input, DocumentJob.Processed> work,
      Consumer<DocumentJob.Processed> inOrder) throws IOException {
    List<Task> all = new ArrayList<>();
    for (Input input : inputs) {
      Task t = new Task(input);
      tasks.put(input, t);
      t.future = executor.submit(() -> {
        t.startedAt = System.nanoTime();
        return work.apply(input);
      });
      all.add(t);
    }
    List<ManifestInput> entries = new ArrayList<>();
    try {
      for (Task t : all) {
        DocumentJob.Processed p = await(t);
        entries.add(p.entry());
        inOrder.accept(p);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("run interrupted", e);
    }
    return entries;
  }

  private DocumentJob.Processed await(Task t) throws InterruptedException {
    while (true) {
      try {
        return t.future.get(1, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        long started = t.startedAt;
        if (workers == null && started != 0 && System.nanoTime() - started > abandonAfterNanos) {
          t.abandoned.set(true);
          t.future.cancel(true);
          executor.setMaximumPoolSize(executor.getMaximumPoolSize() + 1);
          executor.setCorePoolSize(executor.getCorePoolSize() + 1);
          return DocumentJob.Processed.of(DocumentJob.failed(t.input.path(), t.input.docId(), null, ErrorCode.TIMEOUT,
              "over the per-document time limit (" + options.timeLimit().toSeconds() + " s); abandoned", null));
        }
      } catch (ExecutionException e) {
        return DocumentJob.Processed.of(fromThrowable(t.input, e.getCause()));
      }
    }
  }

  private static ManifestInput fromThrowable(Input input, Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return DocumentJob.failed(input.path(), input.docId(), null, ErrorCode.OUT_OF_MEMORY, "out of memory", null);
    }
    if (e instanceof StackOverflowError) {
      return DocumentJob.failed(input.path(), input.docId(), null, ErrorCode.CRASHED, "stack overflow", null);
    }
    return DocumentJob.failed(input.path(), input.docId(), null, ErrorCode.INTERNAL,
        "internal error: " + e.getClass().getSimpleName(), Trace.of(e));
  }

  /** Processes one input where this pool runs documents; called from a pool thread. */
  DocumentJob.Processed process(Input input, Path target) throws IOException {
    Task task = tasks.get(input);
    if (workers != null) {
      try {
        return DocumentJob.Processed.of(workers.process(input.path(), input.docId(), target));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("run interrupted", e);
      } catch (IOException e) {
        if (e.getMessage() != null && e.getMessage().startsWith("a worker JVM did not start")) {
          return DocumentJob.Processed.of(
              DocumentJob.failed(input.path(), input.docId(), null, ErrorCode.CRASHED, e.getMessage(), null));
        }
        throw e;
      }
    }
    DocumentJob.Processed done = job.run(input.path(), input.docId(), () -> !task.abandoned.get());
    if (task.abandoned.get()) {
      Files.deleteIfExists(target);
      return DocumentJob.Processed.of(
          DocumentJob.failed(input.path(), input.docId(), null, ErrorCode.TIMEOUT, "abandoned", null));
    }
    return done;
  }

  @Override
  public void close() throws IOException {
    executor.shutdownNow();
    if (workers != null) {
      try {
        workers.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
