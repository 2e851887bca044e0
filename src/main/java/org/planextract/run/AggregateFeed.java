package org.planextract.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import org.planextract.model.InputStatus;
import org.planextract.model.PlanDocument;
import org.planextract.run.DocumentJob.Processed;
import org.planextract.write.AggregateWriter;

/**
 * Fills the aggregate files while later documents are still being extracted: the run hands each
 * document's outcome over in input order, and a thread of the feed's own adds every written plan
 * to an {@link AggregateWriter.Session}, so that when the last document is done only the finishing
 * of the files (the workbook, the comparison page, the database commit) is left. The aggregates
 * are the same as those rebuilt from the per-plan files afterwards, in the same order.
 *
 * <p>Memory stays bounded: at most {@code budget} extracted plans are held for the feed at a time
 * (finished early, waiting for a slower document before them, or queued); a plan finished while
 * the budget is spent is let go, and read back from its file when its turn comes.
 */
final class AggregateFeed implements AutoCloseable {
  private static final Processed END = new Processed(null, null);

  private final AggregateWriter writer;
  private final Path outDir;
  private final Semaphore budget;
  private final BlockingQueue<Processed> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile Throwable failure;
  private volatile boolean aborted;
  private AggregateWriter.Session session;
  private boolean committed;

  private AggregateFeed(AggregateWriter writer, Path outDir, int budget) {
    this.writer = writer;
    this.outDir = outDir;
    this.budget = new Semaphore(budget);
    this.thread = new Thread(this::consume, "plan-extract-aggregates");
    thread.setDaemon(true);
    thread.setUncaughtExceptionHandler((t, e) -> failure = e);
  }

  /** Starts the feed's thread, which opens the aggregates' temp files in {@code outDir}. */
  static AggregateFeed start(AggregateWriter writer, Path outDir, int budget) {
    AggregateFeed feed = new AggregateFeed(writer, outDir, budget);
    feed.thread.start();
    return feed;
  }

  /**
   * What a worker hands back for the feed: the outcome as it is while the budget lasts, else the
   * outcome without its plan (read back from its file later). Called on worker threads.
   */
  Processed retain(Processed done) {
    if (done.document() == null || budget.tryAcquire()) {
      return done;
    }
    return Processed.of(done.entry());
  }

  /** The next outcome in input order (called on one thread, in order). */
  void accept(Processed done) {
    queue.add(done);
  }

  /**
   * Waits for every outcome handed over to be added, then finishes the aggregate files and moves
   * them into place. A failure of the feed's thread (the folder became unwritable, a plan file
   * cannot be read back) is thrown here.
   */
  void finish() throws IOException {
    queue.add(END);
    join();
    Throwable failed = failure;
    if (failed instanceof IOException e) {
      throw e;
    }
    if (failed instanceof RuntimeException e) {
      throw e;
    }
    if (failed instanceof Error e) {
      throw e;
    }
    session.commit();
    committed = true;
    session.close();
  }

  /** Without {@link #finish}: stops the feed and removes its temp files; the folder's old aggregates stay. */
  @Override
  public void close() throws IOException {
    if (committed) {
      return;
    }
    aborted = true;
    queue.add(END);
    join();
    if (session != null) {
      session.close();
    }
  }

  private void join() throws IOException {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the corpus files were being written", e);
    }
  }

  private void consume() {
    try {
      session = writer.open(outDir);
    } catch (IOException | RuntimeException e) {
      failure = e;
    }
    try {
      for (Processed done = queue.take(); done != END; done = queue.take()) {
        if (failure == null && !aborted) {
          add(done);
        }
        if (done.document() != null) {
          budget.release();
        }
      }
    } catch (InterruptedException e) {
      failure = new IOException("interrupted while the corpus files were being written", e);
    }
  }

  private void add(Processed done) {
    if (done.entry().status() != InputStatus.OK) {
      return;
    }
    try {
      PlanDocument doc = done.document() != null ? done.document()
          : writer.read(outDir.resolve(done.entry().docId() + ".json"));
      session.add(doc);
    } catch (IOException | RuntimeException e) {
      failure = e instanceof UncheckedIOException u ? u.getCause() : e;
    }
  }
}
