package org.planextract.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The reference of {@code bench --cold}: HanLP standard segmentation alone over every non-blank
 * line of UTF-8 text files, on a number of threads (one HanLP {@link Segment} each), as one fresh
 * process. Its wall time, JVM start included, is what {@code extract} of the same files is
 * compared with. Usage: {@code SegmentFiles THREADS FILE...}; prints nothing.
 */
public final class SegmentFiles {
  private SegmentFiles() {}

  public static void main(String[] args) throws InterruptedException, ExecutionException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: SegmentFiles THREADS FILE...");
    }
    int threads = Integer.parseInt(args[0]);
    List<List<Path>> shares = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      shares.add(new ArrayList<>());
    }
    for (int i = 1; i < args.length; i++) {
      shares.get((i - 1) % threads).add(Path.of(args[i]));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> counts = new ArrayList<>();
      for (List<Path> share : shares) {
        counts.add(pool.submit(() -> segment(share)));
      }
      long terms = 0;
      for (Future<Long> count : counts) {
        terms += count.get();
      }
      if (terms == 0 && args.length > 1) {
        throw new IllegalStateException("HanLP segmented nothing");
      }
    } finally {
      pool.shutdown();
    }
  }

  private static long segment(List<Path> files) {
    Segment segment = HanLP.newSegment();
    long terms = 0;
    for (Path file : files) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            terms += segment.seg(line).size();
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(file.toString(), e);
      }
    }
    return terms;
  }
}
