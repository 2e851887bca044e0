package org.planextract.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file completely or not at all: temp file in the same folder, then an atomic rename (a
 * rename replaces a symlink planted at the target instead of following it). Temp names are short
 * ({@code .pe<random>.part}) whatever the target's name, so they stay under the 255-byte limit of
 * a file name; a run removes leftovers of an interrupted one by that pattern.
 */
public final class AtomicFiles {
  /** The prefix and suffix of every temp file this project writes. */
  public static final String TEMP_PREFIX = ".pe";
  public static final String TEMP_SUFFIX = ".part";

  /** Something that writes a file's content to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  public void write(Path target, byte[] content) throws IOException {
    write(target, out -> out.write(content));
  }

  public void write(Path target, String content) throws IOException {
    write(target, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Streams content into a temp file and renames it into place; on any failure nothing is left. */
  public void write(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = temp(dir);
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        content.writeTo(out);
      }
      readableByAll(temp);
      moveInto(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** A new empty temp file in {@code dir}, named by the project's temp pattern. */
  public static Path temp(Path dir) throws IOException {
    return Files.createTempFile(dir, TEMP_PREFIX, TEMP_SUFFIX);
  }

  /** Atomic rename when the file system can, plain replace otherwise. */
  public static void moveInto(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Temp files are created owner-only; output is ordinary data, readable like any other file. */
  public static void readableByAll(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }
}
