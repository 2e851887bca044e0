package org.planextract.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The output folder's lock ({@code .plan-extract.lock}, holding the owner's pid): a second run into
 * the same folder refuses at once instead of interleaving writes. The lock is an OS file lock, so a
 * killed run never leaves the folder locked; the file itself is opened without following symlinks.
 */
final class RunLock implements AutoCloseable {
  static final String FILE = ".plan-extract.lock";

  private final FileChannel channel;
  private final FileLock lock;
  private final Path file;

  private RunLock(FileChannel channel, FileLock lock, Path file) {
    this.channel = channel;
    this.lock = lock;
    this.file = file;
  }

  /** Takes the lock of {@code outDir} or fails with {@link OutputUnwritableException} naming the owner. */
  static RunLock acquire(Path outDir) throws IOException {
    Path file = outDir.resolve(FILE);
    if (Files.isSymbolicLink(file)) {
      Files.delete(file);
    }
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      String owner = owner(channel);
      channel.close();
      throw new OutputUnwritableException(outDir + " is in use by another plan-extract run"
          + (owner.isEmpty() ? "" : " (pid " + owner + ")") + "; wait for it or use another --out folder");
    }
    channel.truncate(0);
    channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
    channel.force(false);
    return new RunLock(channel, lock, file);
  }

  private static String owner(FileChannel channel) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(32);
    channel.read(buf, 0);
    return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip().replaceAll("[^0-9]", "");
  }

  @Override
  public void close() throws IOException {
    try {
      Files.deleteIfExists(file);
      lock.release();
    } finally {
      channel.close();
    }
  }
}
