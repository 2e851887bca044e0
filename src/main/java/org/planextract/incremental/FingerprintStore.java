package org.planextract.incremental;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.planextract.write.AtomicFiles;

/** Reads and writes an output folder's {@link RuleFingerprint#FILE}; an unreadable one counts as absent. */
public final class FingerprintStore {
  private final ObjectMapper mapper = new ObjectMapper();

  public Optional<RuleFingerprint> read(Path outDir) {
    Path file = outDir.resolve(RuleFingerprint.FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(mapper.readValue(file.toFile(), RuleFingerprint.class));
    } catch (IOException damaged) {
      // A damaged record only costs a full re-run of the plans whose rules changed.
      return Optional.empty();
    }
  }

  public void write(Path outDir, RuleFingerprint fingerprint) throws IOException {
    try {
      new AtomicFiles().write(outDir.resolve(RuleFingerprint.FILE), mapper.writeValueAsString(fingerprint) + "\n");
    } catch (JsonProcessingException e) {
      throw new IOException("cannot serialise the rules fingerprint", e);
    }
  }
}
