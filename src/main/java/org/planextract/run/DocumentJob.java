package org.planextract.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.planextract.Deadline;
import org.planextract.PlanExtractor;
import org.planextract.model.ErrorCode;
import org.planextract.model.InputStatus;
import org.planextract.model.ManifestInput;
import org.planextract.model.PlanDocument;
import org.planextract.model.RunLimits;
import org.planextract.model.Source;
import org.planextract.problems.PlanExtractException;
import org.planextract.read.SourceText;
import org.planextract.write.AtomicFiles;
import org.planextract.write.BoundedOutputStream;
import org.planextract.write.JsonOutput;

/**
 * One document, start to end: read the bytes (within {@code max-bytes}), extract under the run's
 * limits and time limit, stream the JSON into place. This is the per-document catch boundary, the
 * same in a worker thread and in a child JVM: every outcome, an {@link OutOfMemoryError} or
 * {@link StackOverflowError} included, becomes a manifest entry. Only a failure of the output
 * folder escapes, as {@link OutputUnwritableException}: it is the run's problem, not the input's.
 */
final class DocumentJob {
  private final PlanExtractor extractor;
  private final RunLimits limits;
  private final DocumentLimits documentLimits;
  private final Path outDir;
  private final JsonOutput json = new JsonOutput();
  private final AtomicFiles files = new AtomicFiles();

  DocumentJob(PlanExtractor extractor, RunLimits limits, Path outDir) {
    this.extractor = extractor;
    this.limits = limits;
    this.documentLimits = new DocumentLimits(limits);
    this.outDir = outDir;
  }

  /**
   * What became of one document: its manifest entry and, when it was written, the plan itself (so
   * the run need not read back the file it just wrote); {@code document} is null otherwise.
   */
  record Processed(ManifestInput entry, PlanDocument document) {
    static Processed of(ManifestInput entry) {
      return new Processed(entry, null);
    }
  }

  /** Extracts and writes {@code path} as {@code docId}; {@code wanted} false at write time drops the result. */
  Processed run(Path path, String docId, BooleanSupplier wanted) {
    Path target = outDir.resolve(docId + ".json");
    String sha = null;
    try {
      byte[] bytes = readBytes(path, limits.maxBytes());
      sha = PlanExtractor.sha256(bytes);
      Deadline deadline = Deadline.after(java.time.Duration.ofSeconds(limits.timeLimitSeconds()));
      SourceText text = extractor.read(path, bytes, deadline);
      bytes = null; // the text is all that is needed from here on
      deadline.check("reading");
      documentLimits.check(text);
      Source source = new Source(path.toString(), text.format(), sha, text.encoding());
      PlanDocument doc = documentLimits.cap(extractor.analyze(text, source, docId, deadline, limits).document());
      text = null;
      if (!wanted.getAsBoolean()) {
        return Processed.of(failed(path, docId, sha, ErrorCode.TIMEOUT, "over the per-document time limit", null));
      }
      write(target, doc);
      return new Processed(ok(path, docId, sha, doc, false), doc);
    } catch (PlanExtractException e) {
      return Processed.of(failedAndCleaned(target, path, docId, sha, e.code(), e.getMessage(), null));
    } catch (IOException | UncheckedIOException e) {
      return Processed.of(failedAndCleaned(target, path, docId, sha, ErrorCode.UNREADABLE_INPUT, describe(e), null));
    } catch (OutOfMemoryError e) {
      return Processed.of(failedAndCleaned(target, path, docId, sha, ErrorCode.OUT_OF_MEMORY,
          "out of memory while processing the document (" + e.getMessage() + ")", null));
    } catch (StackOverflowError e) {
      return Processed.of(failedAndCleaned(target, path, docId, sha, ErrorCode.CRASHED,
          "stack overflow while processing the document (nested too deep)", null));
    } catch (RuntimeException e) {
      // A bug or a hostile input that escaped a reader's checks: record it with its trace, keep going.
      return Processed.of(failedAndCleaned(target, path, docId, sha, ErrorCode.INTERNAL, "internal error: "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())), Trace.of(e)));
    }
  }

  private void write(Path target, PlanDocument doc) {
    try {
      files.write(target, out -> json.writePretty(doc, new BoundedOutputStream(out, limits.maxJsonBytes(), "max-json-bytes")));
    } catch (IOException e) {
      throw new OutputUnwritableException("cannot write " + target + ": " + firstLine(String.valueOf(e.getMessage())), e);
    }
  }

  static byte[] readBytes(Path path, long maxBytes) throws IOException {
    if (!Files.isRegularFile(path)) {
      throw new PlanExtractException(ErrorCode.UNREADABLE_INPUT, "not a regular file");
    }
    long size = Files.size(path);
    if (size > maxBytes) {
      throw new PlanExtractException(ErrorCode.TOO_LARGE,
          "file is " + size + " bytes, over the limit of " + maxBytes + " (--max-bytes)");
    }
    try (var in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new PlanExtractException(ErrorCode.TOO_LARGE, "file grew past the limit of " + maxBytes + " while read");
      }
      return bytes;
    }
  }

  private ManifestInput failedAndCleaned(Path target, Path path, String docId, String sha, ErrorCode code,
      String reason, String detail) {
    try {
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        Files.delete(target);
      }
    } catch (IOException e) {
      throw new OutputUnwritableException("cannot remove stale output " + target + ": " + e.getMessage(), e);
    }
    return failed(path, docId, sha, code, reason, detail);
  }

  static ManifestInput ok(Path path, String docId, String sha, PlanDocument doc, boolean skipped) {
    return new ManifestInput(path.toString(), docId, sha, InputStatus.OK, skipped, null, null,
        doc.sections().size(), doc.boxes().size(), doc.tables().size(), doc.indicators().size(),
        doc.targets().size(), doc.warnings().size());
  }

  static ManifestInput failed(Path path, String docId, String sha, ErrorCode code, String reason, String detail) {
    return new ManifestInput(path.toString(), docId, sha, InputStatus.FAILED, false, code.name(),
        firstLine(reason), null, null, null, null, null, null, null, detail);
  }

  static String describe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof NoSuchFileException) {
      return "no such file";
    }
    if (cause instanceof AccessDeniedException) {
      return "permission denied";
    }
    return "cannot read: " + cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : " " + firstLine(cause.getMessage()));
  }

  static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("").strip();
  }
}
