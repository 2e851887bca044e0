package org.planextract.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where things are in one rule file, as the YAML parser's own token locations give them: the line
 * of each {@code id:} or {@code name:} value (a rule or macro) and the first line of each key. Rule
 * problems take their line from here, so a rule in the middle of a file is named at its line.
 */
final class YamlLines {
  private static final YAMLFactory YAML = new YAMLFactory();

  private final Map<String, Integer> idLines;
  private final Map<String, Integer> keyLines;

  private YamlLines(Map<String, Integer> idLines, Map<String, Integer> keyLines) {
    this.idLines = Map.copyOf(idLines);
    this.keyLines = Map.copyOf(keyLines);
  }

  /**
   * The locations of a file's content; none when it does not parse (binding reports that, with the
   * parser's line).
   */
  static YamlLines of(byte[] content) {
    Map<String, Integer> ids = new HashMap<>();
    Map<String, Integer> keys = new HashMap<>();
    try (JsonParser parser = YAML.createParser(content)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token != JsonToken.FIELD_NAME) {
          continue;
        }
        String key = parser.currentName();
        int line = parser.currentTokenLocation().getLineNr();
        keys.putIfAbsent(key, line);
        if ((key.equals("id") || key.equals("name")) && parser.nextToken() == JsonToken.VALUE_STRING) {
          ids.putIfAbsent(parser.getText(), line);
        }
      }
    } catch (IOException e) {
      return new YamlLines(ids, keys);
    }
    return new YamlLines(ids, keys);
  }

  /** The line of the rule whose id (or name) is {@code key}, else of the first key {@code key}; 0 when neither. */
  int lineOf(String key) {
    Integer line = idLines.get(key);
    if (line == null) {
      line = keyLines.get(key);
    }
    return line == null ? 0 : line;
  }
}
