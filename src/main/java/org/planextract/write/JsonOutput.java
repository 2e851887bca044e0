package org.planextract.write;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The production JSON mapper: plain decimals, nulls written (Jackson's default inclusion), stable
 * key order, LF line ends.
 */
public final class JsonOutput {
  private final ObjectMapper mapper = JsonMapper.builder()
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .build();
  private final DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  public ObjectMapper mapper() {
    return mapper;
  }

  /** Indented JSON with a final newline: what per-plan files and golden files hold. */
  public String pretty(Object value) {
    try {
      return mapper.writer(pretty).writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
    }
  }

  /** The same as {@link #pretty}, streamed: a large document is never held as one string. */
  public void writePretty(Object value, java.io.OutputStream out) throws java.io.IOException {
    mapper.writer(pretty).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, value);
    out.write('\n');
  }

  /** One-line JSON for JSON Lines. */
  public String line(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
    }
  }
}
