package org.planextract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.planextract.model.ErrorCode;

/**
 * Expands the command line's inputs into documents: a file stands for itself, a folder for its
 * supported files found recursively (sorted by path, so runs are repeatable). A folder without any
 * supported file, or a path that does not exist, becomes a failed input rather than silence.
 */
public final class InputCollector {
  private static final List<String> EXTENSIONS = List.of(".txt", ".docx", ".html", ".htm");

  /** An input document, or a problem found before reading it. */
  public record Input(Path path, ErrorCode problem, String reason) {
    static Input ok(Path path) {
      return new Input(path, null, null);
    }
  }

  public List<Input> collect(List<Path> arguments) {
    List<Input> inputs = new ArrayList<>();
    for (Path arg : arguments) {
      if (Files.isDirectory(arg)) {
        List<Path> found;
        try {
          found = walk(arg);
        } catch (IOException | UncheckedIOException e) {
          inputs.add(new Input(arg, ErrorCode.UNREADABLE_INPUT, "cannot list folder: " + e.getMessage()));
          continue;
        }
        if (found.isEmpty()) {
          inputs.add(new Input(arg, ErrorCode.EMPTY,
              "folder holds no .txt, .docx or .html files"));
        }
        found.forEach(p -> inputs.add(Input.ok(p)));
      } else if (!Files.exists(arg)) {
        inputs.add(new Input(arg, ErrorCode.UNREADABLE_INPUT, "no such file or folder"));
      } else {
        inputs.add(Input.ok(arg));
      }
    }
    return inputs;
  }

  private static List<Path> walk(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).filter(InputCollector::supported)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted(Comparator.comparing(Path::toString)).toList();
    }
  }

  static boolean supported(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }
}
