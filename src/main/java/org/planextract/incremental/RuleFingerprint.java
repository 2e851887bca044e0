package org.planextract.incremental;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planextract.PlanExtractor;
import org.planextract.rules.RuleLoader;
import org.planextract.rules.RuleSet;
import org.planextract.extract.TriggerLiterals;

/**
 * What the rules of a run were, finely enough to tell what an edit touched: the sha256 of each
 * rule file, and for targets.yaml the sha256 of its settings (everything but the rules), and per
 * target rule, in order, its sha256 and its trigger literals ({@link TriggerLiterals}). Kept in
 * the output folder as {@code .plan-extract-rules.json} for the next {@code --incremental} run.
 */
public record RuleFingerprint(String rulesSha256, Map<String, String> files, String targetsSettings,
    List<TargetRule> targetRules) {
  public static final String FILE = ".plan-extract-rules.json";
  static final String TARGETS = "targets.yaml";
  static final String HTML = "html.yaml";

  /** One target rule: its id, the sha256 of its definition, the literals it needs (null: not analysable). */
  public record TargetRule(String id, String sha256, List<List<String>> literals) {}

  public RuleFingerprint {
    files = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(files)); // sorted: the journal and sqlite meta are deterministic
    targetRules = List.copyOf(targetRules);
  }

  /**
   * The fingerprint of a loaded rule set, read again from its source (the rules folder or the
   * jar); empty when the files no longer have the checksum the rule set was loaded with.
   */
  public static Optional<RuleFingerprint> of(RuleSet rules) {
    Map<String, byte[]> contents = new LinkedHashMap<>();
    try {
      for (String name : RuleLoader.FILES) {
        contents.put(name, read(rules.source(), name));
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    if (!RuleLoader.checksum(new ArrayList<>(contents.values())).equals(rules.sha256())) {
      return Optional.empty();
    }
    Map<String, String> files = new LinkedHashMap<>();
    contents.forEach((name, bytes) -> files.put(name, PlanExtractor.sha256(bytes)));
    try {
      JsonNode targets = new YAMLMapper().readTree(contents.get(TARGETS));
      ObjectMapper json = new ObjectMapper();
      List<TargetRule> list = new ArrayList<>();
      for (JsonNode rule : targets.path("rules")) {
        String pattern = rule.path("pattern").asText("");
        list.add(new TargetRule(rule.path("id").asText(), sha(json.writeValueAsString(rule)), TriggerLiterals.of(pattern)));
      }
      ObjectNode settings = ((ObjectNode) targets).deepCopy();
      settings.remove("rules");
      return Optional.of(new RuleFingerprint(rules.sha256(), files, sha(json.writeValueAsString(settings)), list));
    } catch (IOException | ClassCastException e) {
      return Optional.empty();
    }
  }

  private static byte[] read(String source, String name) throws IOException {
    if (source.equals("(bundled)")) {
      try (InputStream in = RuleFingerprint.class.getResourceAsStream("/rules/" + name)) {
        if (in == null) {
          throw new IOException("bundled rules/" + name + " missing");
        }
        return in.readAllBytes();
      }
    }
    return Files.readAllBytes(Path.of(source).resolve(name));
  }

  private static String sha(String s) {
    return PlanExtractor.sha256(s.getBytes(StandardCharsets.UTF_8));
  }
}
