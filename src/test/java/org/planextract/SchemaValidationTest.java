package org.planextract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.planextract.write.JsonOutput;

/** Every plan's output, in every format, is valid against schema/plan.schema.json. */
class SchemaValidationTest {
  private static Schema schema;

  static synchronized Schema schema() throws IOException {
    if (schema == null) {
      SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
      schema = registry.getSchema(Files.readString(Path.of("schema/plan.schema.json")));
    }
    return schema;
  }

  static Stream<Arguments> plansAndFormats() {
    return TestCorpus.docIds().stream()
        .flatMap(doc -> TestCorpus.allFormats().stream().map(f -> Arguments.of(doc, f)));
  }

  @org.junit.jupiter.api.Test
  void schemaRejectsAnUnknownStatusAndAMissingField() throws IOException {
    JsonOutput json = new JsonOutput();
    var node = (com.fasterxml.jackson.databind.node.ObjectNode) json.mapper()
        .valueToTree(CorpusExtraction.extract(TestCorpus.docIds().get(0), "txt"));
    node.put("status", "published");
    node.remove("sections");
    List<Error> errors = schema().validate(node);
    assertTrue(errors.size() >= 2, () -> "expected two errors, got " + errors);
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("plansAndFormats")
  void outputIsSchemaValid(String docId, String format) throws IOException {
    JsonOutput json = new JsonOutput();
    String text = json.pretty(CorpusExtraction.extract(docId, format));
    JsonNode node = json.mapper().readTree(text);
    List<Error> errors = schema().validate(node);
    assertTrue(errors.isEmpty(), () -> errors.toString());
  }
}
