package org.planextract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the parts of a hand-made .docx (or any zip) for tests: a part deflated, or stored as is
 * (uncompressed, with its size and CRC given up front, as a stored entry needs), the way hostile
 * files keep huge parts small on disk or not.
 */
public final class ZipParts {
  private final ZipOutputStream zip;

  public ZipParts(ZipOutputStream zip) {
    this.zip = zip;
  }

  /** Adds one part, UTF-8, stored or deflated. */
  public void put(String name, String content, boolean stored) throws IOException {
    byte[] b = content.getBytes(StandardCharsets.UTF_8);
    ZipEntry e = new ZipEntry(name);
    if (stored) {
      CRC32 crc = new CRC32();
      crc.update(b);
      e.setMethod(ZipEntry.STORED);
      e.setSize(b.length);
      e.setCompressedSize(b.length);
      e.setCrc(crc.getValue());
    }
    zip.putNextEntry(e);
    zip.write(b);
    zip.closeEntry();
  }
}
