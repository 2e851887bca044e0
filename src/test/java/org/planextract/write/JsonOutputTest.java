package org.planextract.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planextract.model.Op;
import org.planextract.model.Span;
import org.planextract.model.Value;
import org.planextract.model.ValueKind;

class JsonOutputTest {
  @TempDir
  Path tmp;

  @Test
  void decimalsArePlainNullsKeptEnumsByWireNameSpansAsArrays() {
    JsonOutput json = new JsonOutput();
    Value v = new Value("≥1E+2", ValueKind.LEVEL, Op.GE, new BigDecimal("1E+2"), null, null, "%", null, 2025, null);
    assertEquals("{\"raw\":\"≥1E+2\",\"kind\":\"level\",\"op\":\">=\",\"value\":100,\"min\":null,\"max\":null,"
        + "\"unit\":\"%\",\"direction\":null,\"year\":2025,\"reference\":null}", json.line(v));
    assertEquals("[3,7]", json.line(new Span(3, 7)));
  }

  @Test
  void atomicWriteReplacesWholeFileAndLeavesNoTemp() throws Exception {
    AtomicFiles files = new AtomicFiles();
    Path target = tmp.resolve("a.json");
    files.write(target, "old");
    files.write(target, "新内容");
    assertEquals("新内容", Files.readString(target));
    try (var list = Files.list(tmp)) {
      assertTrue(list.allMatch(p -> p.equals(target)));
    }
  }
}
