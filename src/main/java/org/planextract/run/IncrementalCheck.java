package org.planextract.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.planextract.PlanExtractor;
import org.planextract.incremental.RerunPlanner;
import org.planextract.model.ManifestInput;
import org.planextract.model.PlanDocument;
import org.planextract.problems.PlanExtractException;
import org.planextract.run.InputCollector.Input;

/**
 * {@code --incremental}: an input is skipped when the journal says it was written from the same
 * bytes (sha256) and tool version as this run, its JSON is still there and readable, and either
 * the rules are the same or {@link RerunPlanner} shows that the rule change cannot affect it.
 * Anything doubtful (unreadable input, missing or damaged JSON) means "extract again", never a
 * failure.
 */
final class IncrementalCheck {
  private final RunJournal journal;
  private final String toolVersion;
  private final ObjectMapper reader;
  private final RerunPlanner planner;
  private final PlanExtractor extractor;

  /** Either the skipped entry (with the plan as it was written), or why the input is extracted. */
  record Outcome(ManifestInput skipped, PlanDocument document, String reason) {
    static Outcome extract(String reason) {
      return new Outcome(null, null, reason);
    }
  }

  IncrementalCheck(RunJournal journal, String toolVersion, ObjectMapper reader, RerunPlanner planner,
      PlanExtractor extractor) {
    this.journal = journal;
    this.toolVersion = toolVersion;
    this.reader = reader;
    this.planner = planner;
    this.extractor = extractor;
  }

  Outcome check(Input input, Path target, long maxBytes) {
    var previous = journal.previous(input.path().toString());
    if (previous.isEmpty()) {
      return Outcome.extract("new input");
    }
    RunJournal.Entry p = previous.get();
    if (!p.docId().equals(input.docId()) || !p.toolVersion().equals(toolVersion)
        || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      return Outcome.extract("input changed");
    }
    try {
      byte[] bytes = DocumentJob.readBytes(input.path(), maxBytes);
      String sha = PlanExtractor.sha256(bytes);
      if (!sha.equals(p.sha256())) {
        return Outcome.extract("input changed");
      }
      RerunPlanner.Decision decision = planner.decide(p.rulesSha256(), p.rules(),
          p.format() == null ? "" : p.format(), p.ruleIds(), () -> extractor.read(input.path(), bytes).text());
      if (decision.rerun()) {
        return Outcome.extract("re-run: " + decision.reason());
      }
      PlanDocument doc = reader.readValue(target.toFile(), PlanDocument.class);
      ManifestInput skipped = DocumentJob.ok(input.path(), input.docId(), sha, doc, true);
      return new Outcome(skipped.withReason(decision.reason()), doc, null);
    } catch (IOException | PlanExtractException | IllegalArgumentException e) {
      return Outcome.extract("input changed"); // extracted again, and reported with its code if it fails
    }
  }
}
