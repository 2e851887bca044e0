package org.planextract.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.planextract.PlanExtractor;
import org.planextract.model.PlanDocument;
import org.planextract.rules.RuleLoader;
import org.planextract.write.JsonOutput;

/** A plan line is the core's JSON line; a URI path is restored without touching anything else. */
class PlanJsonTest {
  private static PlanDocument plan(String path) throws IOException {
    try (InputStream in = PlanJsonTest.class.getResourceAsStream("/inputs/corpus/002_1f524b1cd97bc35c.txt")) {
      return new PlanExtractor(new RuleLoader().loadBundled()).extract(Path.of(path), in.readAllBytes(), "p");
    }
  }

  @Test
  void aLocalPathIsTheCoreLineAsItIs() throws IOException {
    PlanDocument doc = plan("plans/p.txt");
    assertEquals(new JsonOutput().line(doc), new PlanJson().line(doc, "plans/p.txt"));
  }

  @Test
  void aUriGetsBackItsDoubleSlashAndNothingElseChanges() throws IOException {
    String uri = "hdfs://namenode:8020/plans/2021/p.txt";
    PlanDocument doc = plan(uri);
    assertEquals("hdfs:/namenode:8020/plans/2021/p.txt", doc.source().path(), "what java.nio makes of it");
    String core = new JsonOutput().line(doc);
    String line = new PlanJson().line(doc, uri);
    assertTrue(line.contains("\"path\":\"" + uri + "\""));
    assertEquals(core.replace("\"path\":\"hdfs:/namenode:8020/plans/2021/p.txt\"", "\"path\":\"" + uri + "\""), line);
  }
}
