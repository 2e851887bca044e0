package org.planextract.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule file is valid against its JSON Schema (schema/rules/), which editors can use too. */
class RuleFileSchemaTest {
  private static final YAMLMapper YAML = new YAMLMapper();

  static Stream<String> files() {
    return RuleLoader.FILES.stream();
  }

  private static Schema schema(String file) throws IOException {
    String name = file.replace(".yaml", ".schema.json");
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(Path.of("schema/rules", name)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void ruleFileMatchesItsSchema(String file) throws IOException {
    JsonNode rules = YAML.readTree(Path.of("rules", file).toFile());
    List<Error> errors = schema(file).validate(rules);
    assertTrue(errors.isEmpty(), () -> file + ": " + errors);
  }

  @Test
  void schemaCatchesAnUnknownKey() throws IOException {
    ObjectNode rules = (ObjectNode) YAML.readTree(Path.of("rules", "metadata.yaml").toFile());
    rules.put("headLine", 9);
    assertFalse(schema("metadata.yaml").validate(rules).isEmpty());
  }
}
