package org.planextract.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.security.AccessControlException;
import org.planextract.Deadline;
import org.planextract.PlanExtractor;
import org.planextract.model.ErrorCode;
import org.planextract.model.PlanDocument;
import org.planextract.problems.PlanExtractException;
import org.planextract.write.IndicatorsCsvWriter;

/**
 * Extracts one document on an executor: reads its bytes through Hadoop's file system (local,
 * hdfs://, s3a://) up to the size limit, runs the shared extractor under the time limit, and turns
 * the plan into its JSON line and table rows. This is the job's catch boundary, as CorpusRun is the
 * CLI's: whatever one document does (a reader's error, a bug, a stack overflow, running out of
 * memory on a hostile file) becomes its failure row, and the executor's other documents and tasks go
 * on.
 */
final class DocumentProcessor {
  private final PlanExtractor extractor;
  private final Configuration conf;
  private final Limits limits;
  private final PlanJson json = new PlanJson();
  private final TargetRows targetRows = new TargetRows();

  DocumentProcessor(PlanExtractor extractor, Configuration conf, Limits limits) {
    this.extractor = extractor;
    this.conf = conf;
    this.limits = limits;
  }

  DocumentResult process(DocumentTask task) {
    if (task.problemCode() != null) {
      return DocumentResult.failed(task, task.problemCode(), task.problemReason());
    }
    try {
      byte[] bytes = read(task.uri());
      PlanDocument doc = extractor.extract(Path.of(task.displayPath()), bytes, task.docId(),
          Deadline.after(limits.timeLimit()));
      return DocumentResult.ok(task, json.line(doc, task.displayPath()),
          doc.indicators().stream().map(i -> IndicatorsCsvWriter.row(doc, i)).toList(), targetRows.rows(doc));
    } catch (PlanExtractException e) {
      return DocumentResult.failed(task, e.code().name(), firstLine(e.getMessage()));
    } catch (FileNotFoundException e) {
      return DocumentResult.failed(task, ErrorCode.UNREADABLE_INPUT.name(), "no such file");
    } catch (AccessControlException e) {
      return DocumentResult.failed(task, ErrorCode.UNREADABLE_INPUT.name(), "permission denied");
    } catch (IOException e) {
      return DocumentResult.failed(task, ErrorCode.UNREADABLE_INPUT.name(), "cannot read: " + describe(e));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A bug or a hostile input that escaped a reader's checks: its row, not the executor's end.
      return DocumentResult.failed(task, ErrorCode.INTERNAL.name(), "internal error: " + describe(e));
    }
  }

  private byte[] read(String uri) throws IOException {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(uri);
    FileSystem fs = path.getFileSystem(conf);
    FileStatus status = fs.getFileStatus(path);
    if (!status.isFile()) {
      throw new PlanExtractException(ErrorCode.UNREADABLE_INPUT, "not a regular file");
    }
    if (status.getLen() > limits.maxBytes()) {
      throw tooLarge(status.getLen());
    }
    try (InputStream in = fs.open(path)) {
      // One byte past the limit catches a file that grew since it was listed.
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
      if (bytes.length > limits.maxBytes()) {
        throw tooLarge(fs.getFileStatus(path).getLen());
      }
      return bytes;
    }
  }

  private PlanExtractException tooLarge(long size) {
    return new PlanExtractException(ErrorCode.TOO_LARGE,
        "file is " + size + " bytes, over the limit of " + limits.maxBytes() + " (--max-bytes)");
  }

  private static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("").strip();
  }
}
