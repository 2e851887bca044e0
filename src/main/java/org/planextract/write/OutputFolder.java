package org.planextract.write;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.planextract.model.InputStatus;
import org.planextract.model.Manifest;
import org.planextract.model.ManifestInput;

/**
 * The per-plan files of an existing output folder, in input order: the written inputs of its
 * manifest.json, or, without a manifest, every {@code *.json} file but the manifest, by name.
 */
public final class OutputFolder {
  private final ObjectMapper reader = new JsonOutput().mapper().copy()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The mapper that reads the folder's files back (fields it does not know are ignored). */
  public ObjectMapper reader() {
    return reader;
  }

  public List<Path> planFiles(Path dir) throws IOException {
    Path manifest = dir.resolve("manifest.json");
    List<Path> out = new ArrayList<>();
    if (Files.isRegularFile(manifest)) {
      for (ManifestInput in : reader.readValue(manifest.toFile(), Manifest.class).inputs()) {
        Path file = in.docId() == null ? null : dir.resolve(in.docId() + ".json");
        if (in.status() == InputStatus.OK && Files.isRegularFile(file)) {
          out.add(file);
        }
      }
      return out;
    }
    try (Stream<Path> files = Files.list(dir)) {
      files.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted()
          .forEach(out::add);
    }
    return out;
  }
}
