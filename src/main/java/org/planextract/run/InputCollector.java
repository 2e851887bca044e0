package org.planextract.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.planextract.model.ErrorCode;

/**
 * Expands the command line's inputs into documents: a file stands for itself, a folder for its
 * supported files found recursively (sorted by path, so runs are repeatable; symlinked folders are
 * not followed, so a link loop cannot trap the walk; FIFOs and devices are not files and are
 * skipped). A folder without any supported file, a subfolder that cannot be listed, or a path that
 * does not exist becomes a failed input rather than silence. Pages written by {@code review} (they
 * carry a plan-extract generator mark) are not plans and are skipped.
 */
public final class InputCollector {
  private static final List<String> EXTENSIONS = List.of(".txt", ".docx", ".doc", ".wps", ".html", ".htm", ".pdf");
  /** Stems of the run's own files: a plan of that name must not overwrite them. */
  private static final Set<String> RESERVED = Set.of("manifest", "corpus", "indicators");
  /** Room for ".json" and a "-NN" suffix under the 255-byte limit of a file name. */
  private static final int MAX_DOC_ID_BYTES = 200;
  static final String REVIEW_MARK = "<meta name=\"generator\" content=\"plan-extract";

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
        List<Path> found = new ArrayList<>();
        List<Input> problems = new ArrayList<>();
        try {
          walk(arg, found, problems);
        } catch (IOException e) {
          inputs.add(new Input(arg, null, ErrorCode.UNREADABLE_INPUT, "cannot list folder: " + e.getMessage()));
          continue;
        }
        if (found.isEmpty() && problems.isEmpty()) {
          inputs.add(new Input(arg, null, ErrorCode.EMPTY, "folder holds no .txt, .docx, .doc, .wps or .html files"));
        }
        inputs.addAll(problems);
        found.forEach(p -> inputs.add(new Input(p, uniqueDocId(p, docIds), null, null)));
      } else if (!Files.exists(arg)) {
        inputs.add(new Input(arg, null, ErrorCode.UNREADABLE_INPUT, "no such file or folder"));
      } else if (writtenByReview(arg)) {
        inputs.add(new Input(arg, null, ErrorCode.UNSUPPORTED_FORMAT, "a page written by plan-extract review, not a plan"));
      } else {
        inputs.add(new Input(arg, uniqueDocId(arg, docIds), null, null));
      }
    }
    return inputs;
  }

  private static void walk(Path dir, List<Path> found, List<Input> problems) throws IOException {
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        boolean file0 = attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file);
        if (file0 && supported(file) && !file.getFileName().toString().startsWith(".") && !writtenByReview(file)) {
          found.add(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        if (supported(file) || Files.isDirectory(file)) {
          problems.add(new Input(file, null, ErrorCode.UNREADABLE_INPUT, "cannot list or read: "
              + e.getClass().getSimpleName()));
        }
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort(Comparator.comparing(Path::toString));
    problems.sort(Comparator.comparing(i -> i.path().toString()));
  }

  /** Whether an .html file starts like a page of the review report (its generator mark). */
  static boolean writtenByReview(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!(name.endsWith(".html") || name.endsWith(".htm")) || !Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(1024), StandardCharsets.UTF_8).contains(REVIEW_MARK);
    } catch (IOException e) {
      return false; // the reader reports it, with its code, when the document is processed
    }
  }

  private static String uniqueDocId(Path path, Set<String> taken) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = shorten(dot > 0 ? name.substring(0, dot) : name);
    if (stem.startsWith(".")) {
      stem = "_" + stem.substring(1);
    }
    String id = stem;
    for (int n = 2; RESERVED.contains(id.toLowerCase(Locale.ROOT)) || !taken.add(id.toLowerCase(Locale.ROOT)); n++) {
      id = stem + "-" + n;
    }
    return id;
  }

  /** The stem cut to {@value #MAX_DOC_ID_BYTES} UTF-8 bytes at a code point boundary. */
  private static String shorten(String stem) {
    if (stem.getBytes(StandardCharsets.UTF_8).length <= MAX_DOC_ID_BYTES) {
      return stem;
    }
    StringBuilder out = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < stem.length(); ) {
      int cp = stem.codePointAt(i);
      int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + len > MAX_DOC_ID_BYTES) {
        break;
      }
      out.appendCodePoint(cp);
      bytes += len;
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /** Whether a file found in a folder is a plan this tool reads (by extension). */
  public static boolean supported(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }
}
