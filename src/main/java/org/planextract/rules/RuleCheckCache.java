package org.planextract.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * Remembers that a rule set passed the expensive load-time checks (the backtracking probes of every
 * target rule and every example of every file), so the next process loading the same files skips
 * them. An entry is keyed by the sha256 of the rule files, the identity of the code that checked
 * them (a CRC-32C of the jar's central directory, which lists every class's name, size and CRC-32,
 * with the jar's size and modification time) and the Java runtime's version, so editing a rule,
 * building anew or changing the JDK always checks again.
 * Only a rule set that passed is ever stored; a cache that cannot be read or written is a miss, never
 * an error. Without a jar (classes run from a folder) nothing is cached.
 */
public final class RuleCheckCache {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One stored pass: its key, and the examples the checks ran (all passed). */
  private record Entry(String key, List<RuleExample> examples) {}

  private final Optional<Path> dir;
  private final String code;

  /** A cache in {@code dir} for code of identity {@code code} (tests give their own). */
  public RuleCheckCache(Path dir, String code) {
    this.dir = Optional.of(dir);
    this.code = code;
  }

  private RuleCheckCache() {
    this.dir = Optional.empty();
    this.code = "";
  }

  /** A cache that remembers nothing: every load checks everything. */
  public static RuleCheckCache none() {
    return new RuleCheckCache();
  }

  /**
   * The user's cache ({@code $XDG_CACHE_HOME/plan-extract}, else {@code ~/.cache/plan-extract}) for
   * the jar this class was loaded from; {@link #none()} when it was not loaded from a jar.
   */
  public static RuleCheckCache user(Map<String, String> env) {
    Optional<String> jar = jarIdentity();
    if (jar.isEmpty()) {
      return none();
    }
    String xdg = env.get("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return new RuleCheckCache(base.resolve("plan-extract"), jar.get());
  }

  /** The examples of an earlier pass of the rule files of checksum {@code rulesSha256}, if one is stored. */
  Optional<List<RuleExample>> passed(String rulesSha256) {
    if (dir.isEmpty()) {
      return Optional.empty();
    }
    String key = key(rulesSha256);
    Path file = dir.get().resolve(key + ".json");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      Entry entry = JSON.readValue(file.toFile(), Entry.class);
      if (!key.equals(entry.key()) || entry.examples() == null
          || entry.examples().stream().anyMatch(e -> e == null || !e.passed())) {
        return Optional.empty();
      }
      return Optional.of(List.copyOf(entry.examples()));
    } catch (IOException e) {
      // A damaged or unreadable entry is a miss: the rules are checked again, as without a cache.
      return Optional.empty();
    }
  }

  /** Stores that the rule files of checksum {@code rulesSha256} passed every check, with their examples. */
  void remember(String rulesSha256, List<RuleExample> examples) {
    if (dir.isEmpty() || examples.stream().anyMatch(e -> !e.passed())) {
      return;
    }
    String key = key(rulesSha256);
    try {
      Files.createDirectories(dir.get());
      Path tmp = Files.createTempFile(dir.get(), key, ".tmp");
      try {
        Files.write(tmp, JSON.writeValueAsBytes(new Entry(key, examples)), StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(tmp, dir.get().resolve(key + ".json"), StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("rule examples do not serialize", e);
    } catch (IOException e) {
      // An unwritable cache only means the next run checks the rules again.
    }
  }

  private String key(String rulesSha256) {
    return sha256(String.join("\0", rulesSha256, code, System.getProperty("java.vm.name", ""),
        System.getProperty("java.vm.version", "")).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The identity of the jar this class came from (CRC-32C of its central directory, the directory's
   * and the file's size, its modification time), or empty when not from a jar. A CRC, not a sha256:
   * hashing the 3.6 MB directory with SHA-256 on a cold JVM costs 0.2 s, a third of the goal.
   */
  private static Optional<String> jarIdentity() {
    Path jar;
    try {
      var source = RuleCheckCache.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      jar = Path.of(source.getLocation().toURI());
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(jar)) {
      return Optional.empty();
    }
    try (FileChannel channel = FileChannel.open(jar, StandardOpenOption.READ)) {
      Optional<byte[]> directory = centralDirectory(channel);
      if (directory.isEmpty()) {
        return Optional.empty();
      }
      CRC32C crc = new CRC32C();
      crc.update(directory.get());
      return Optional.of(Long.toHexString(crc.getValue()) + ":" + directory.get().length + ":" + channel.size()
          + ":" + Files.getLastModifiedTime(jar).toMillis());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The bytes of a zip file's central directory (found from its end record), or empty for zip64 or damage. */
  static Optional<byte[]> centralDirectory(FileChannel channel) throws IOException {
    long size = channel.size();
    int tail = (int) Math.min(size, 22 + 65_535);
    ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
    readFully(channel, end, size - tail);
    for (int i = tail - 22; i >= 0; i--) {
      if (end.getInt(i) == 0x06054b50) {
        long cenSize = Integer.toUnsignedLong(end.getInt(i + 12));
        long cenOffset = Integer.toUnsignedLong(end.getInt(i + 16));
        if (cenSize == 0xFFFFFFFFL || cenOffset == 0xFFFFFFFFL || cenOffset + cenSize > size) {
          return Optional.empty();
        }
        ByteBuffer cen = ByteBuffer.allocate((int) cenSize);
        readFully(channel, cen, cenOffset);
        return Optional.of(cen.array());
      }
    }
    return Optional.empty();
  }

  private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        throw new IOException("zip file ends early");
      }
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).toLowerCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
