package org.planextract;

import org.planextract.run.CorpusRun;
import org.planextract.run.RunOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated plans are other cities' plans with the same structure, and all extract. */
class ScaleCorpusGeneratorTest {
  @TempDir
  Path tmp;

  @Test
  void generatedPlansExtractWithTheStructureOfTheirOriginal() throws IOException {
    Path plans = Files.createDirectories(tmp.resolve("plans"));
    new ScaleCorpusGenerator(3, List.of("信阳市", "昆明市", "大同市")).generate(10, TestCorpus.CORPUS, plans);
    Path out = tmp.resolve("out");
    RunOptions options = new RunOptions(out, RunOptions.DEFAULT_MAX_BYTES, 2, Duration.ofSeconds(120), false);
    new CorpusRun(CorpusExtraction.extractor(), options).run(List.of(plans), (e, d, t) -> { });
    ObjectMapper mapper = new ObjectMapper();
    assertEquals(10, mapper.readTree(out.resolve("manifest.json").toFile()).get("ok").asInt());
    for (int i = 0; i < 10; i++) {
      JsonNode doc = mapper.readTree(out.resolve(String.format("plan_%05d.json", i)).toFile());
      var original = CorpusExtraction.extract(TestCorpus.docIds().get(i % 5), "txt");
      assertEquals(original.sections().size(), doc.get("sections").size(), "plan " + i);
      assertEquals(original.indicators().size(), doc.get("indicators").size(), "plan " + i);
      assertNotEquals(original.region().name(), doc.get("region").get("name").asText(), "plan " + i);
    }
  }
}
