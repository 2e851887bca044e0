package org.planextract.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planextract.run.InputCollector;
import org.planextract.PlanExtractor;
import org.planextract.decision.Decision;
import org.planextract.eval.DocumentScore;
import org.planextract.eval.Evaluator;
import org.planextract.model.PlanDocument;
import org.planextract.problems.PlanExtractException;
import org.planextract.write.AtomicFiles;
import org.planextract.write.JsonOutput;

/**
 * Writes the review report of some plans: {@code <docId>.html} per plan and {@code index.html},
 * scored against {@code <docId>.expected.json} fixtures when a fixture folder is given.
 */
public final class ReviewRun {
  private final PlanExtractor extractor;
  private final ReviewReport report = new ReviewReport();
  private final JsonOutput json = new JsonOutput();
  private final AtomicFiles files = new AtomicFiles();

  public ReviewRun(PlanExtractor extractor) {
    this.extractor = extractor;
  }

  /** Returns one line per input that could not be reviewed (the others are written). */
  public List<String> run(List<Path> inputs, Path outDir, Path fixtures) throws IOException {
    Files.createDirectories(outDir);
    List<PlanDocument> docs = new ArrayList<>();
    List<DocumentScore> scores = new ArrayList<>();
    List<List<Decision>> decisions = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    for (InputCollector.Input input : new InputCollector().collect(inputs)) {
      if (input.problem() != null) {
        problems.add(input.path() + ": " + input.reason());
        continue;
      }
      Path path = input.path();
      String docId = input.docId();
      try {
        PlanExtractor.Analysis a = extractor.analyze(path, Files.readAllBytes(path), docId);
        DocumentScore score = null;
        Path fixture = fixtures == null ? null : fixtures.resolve(docId + ".expected.json");
        if (fixture != null && Files.isRegularFile(fixture)) {
          JsonNode expected = mapper.readTree(fixture.toFile());
          score = new Evaluator().score(docId, expected, Optional.of(json.mapper().valueToTree(a.document())));
        }
        files.write(outDir.resolve(docId + ".html"), report.render(a.document(), a.text().text(), score));
        docs.add(a.document());
        scores.add(score);
        decisions.add(a.decisions());
      } catch (PlanExtractException e) {
        problems.add(path + ": " + e.getMessage() + " [" + e.code() + "]");
      }
    }
    files.write(outDir.resolve("index.html"), report.index(docs, scores, decisions));
    return problems;
  }
}
