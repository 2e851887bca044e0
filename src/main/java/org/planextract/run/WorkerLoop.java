package org.planextract.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.planextract.PlanExtractor;
import org.planextract.model.ManifestInput;
import org.planextract.model.RunLimits;

/**
 * The child side of process isolation: reads one JSON line per request from the supervisor, runs
 * the document through {@link DocumentJob} (which writes its JSON into the output folder), answers
 * with the manifest entry as one JSON line. The first line is the run's configuration (output
 * folder and limits); the answer {@code {"ready":true}} says the rules and HanLP are loaded.
 */
public final class WorkerLoop {
  private final PlanExtractor extractor;
  private final ObjectMapper mapper = Protocol.mapper();

  public WorkerLoop(PlanExtractor extractor) {
    this.extractor = extractor;
  }

  /** Serves requests until stdin ends; returns normally then (exit code 0). */
  public void serve(BufferedReader in, Writer out) throws IOException {
    String first = in.readLine();
    if (first == null) {
      return;
    }
    Protocol.Config config = mapper.readValue(first, Protocol.Config.class);
    RunLimits limits = config.limits();
    DocumentJob job = new DocumentJob(extractor, limits, Path.of(config.outDir()));
    reply(out, "{\"ready\":true}");
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      JsonNode request = mapper.readTree(line);
      ManifestInput entry;
      try {
        entry = job.run(Path.of(request.get("path").asText()), request.get("docId").asText(), () -> true).entry();
      } catch (OutputUnwritableException e) {
        reply(out, mapper.writeValueAsString(new Protocol.OutputFailure(e.getMessage())));
        continue;
      }
      reply(out, mapper.writeValueAsString(entry));
    }
  }

  private static void reply(Writer out, String line) throws IOException {
    out.write(line);
    out.write('\n');
    out.flush();
  }
}
