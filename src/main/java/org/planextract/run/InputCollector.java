package org.planextract.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.planextract.model.ErrorCode;

/**
 * Expands the command line's inputs into documents: a file stands for itself, a folder for its
 * supported files found recursively (sorted by path, so runs are repeatable). A folder without any
 * supported file, or a path that does not exist, becomes a failed input rather than silence.
 */
public final class InputCollector {
  private static final List<String> EXTENSIONS = List.of(".txt", ".docx", ".html", ".htm", ".pdf");

  /**
   * An input document with its docId (the file stem; a second file with the same stem gets -2,
   * -3 … so nothing is overwritten), or a problem found before reading it (docId null).
   */
  public record Input(Path path, String docId, ErrorCode problem, String reason) {}

  public List<Input> collect(List<Path> arguments) {
    List<Input> inputs = new ArrayList<>();
    Set<String> docIds = new HashSet<>();
    for (Path arg : arguments) {
      if (Files.isDirectory(arg)) {
        List<Path> found;
        try {
          found = walk(arg);
        } catch (IOException | UncheckedIOException e) {
          inputs.add(new Input(arg, null, ErrorCode.UNREADABLE_INPUT, "cannot list folder: " + e.getMessage()));
          continue;
        }
        if (found.isEmpty()) {
          inputs.add(new Input(arg, null, ErrorCode.EMPTY, "folder holds no .txt, .docx or .html files"));
        }
        found.forEach(p -> inputs.add(new Input(p, uniqueDocId(p, docIds), null, null)));
      } else if (!Files.exists(arg)) {
        inputs.add(new Input(arg, null, ErrorCode.UNREADABLE_INPUT, "no such file or folder"));
      } else {
        inputs.add(new Input(arg, uniqueDocId(arg, docIds), null, null));
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

  private static String uniqueDocId(Path path, Set<String> taken) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String id = stem;
    for (int n = 2; !taken.add(id); n++) {
      id = stem + "-" + n;
    }
    return id;
  }

  static boolean supported(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }
}
