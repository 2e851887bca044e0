package org.planextract.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.planextract.PlanExtractor;
import org.planextract.model.ManifestInput;
import org.planextract.model.PlanDocument;
import org.planextract.problems.PlanExtractException;
import org.planextract.run.InputCollector.Input;

/**
 * {@code --incremental}: an input is skipped when the journal says it was written from the same
 * bytes (sha256) with the same rules and tool version as this run, and its JSON is still there
 * and readable. Anything doubtful (unreadable input, missing or damaged JSON) means "extract
 * again", never a failure.
 */
final class IncrementalCheck {
  private final RunJournal journal;
  private final String rulesSha256;
  private final String toolVersion;
  private final ObjectMapper reader;

  IncrementalCheck(RunJournal journal, String rulesSha256, String toolVersion, ObjectMapper reader) {
    this.journal = journal;
    this.rulesSha256 = rulesSha256;
    this.toolVersion = toolVersion;
    this.reader = reader;
  }

  /** The skipped entry, or null when the input must be extracted. */
  ManifestInput unchanged(Input input, Path target, long maxBytes) {
    var previous = journal.previous(input.path().toString());
    if (previous.isEmpty() || !previous.get().docId().equals(input.docId())
        || !previous.get().rulesSha256().equals(rulesSha256) || !previous.get().toolVersion().equals(toolVersion)
        || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    try {
      String sha = PlanExtractor.sha256(DocumentJob.readBytes(input.path(), maxBytes));
      if (!sha.equals(previous.get().sha256())) {
        return null;
      }
      PlanDocument doc = reader.readValue(target.toFile(), PlanDocument.class);
      return DocumentJob.ok(input.path(), input.docId(), sha, doc, true);
    } catch (IOException | PlanExtractException | IllegalArgumentException e) {
      return null; // extracted again, and then reported with its code if it fails
    }
  }
}
