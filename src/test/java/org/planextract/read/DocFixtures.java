package org.planextract.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Hostile OLE2 files made for tests from good ones: an encrypted-flagged .doc, an Excel workbook. */
public final class DocFixtures {
  private DocFixtures() {}

  /** A copy of a .doc with the FIB's fEncrypted flag set: what Word writes for a password-protected file. */
  public static byte[] encrypted(byte[] doc) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(doc))) {
      DirectoryNode root = fs.getRoot();
      byte[] stream;
      try (InputStream in = root.createDocumentInputStream("WordDocument")) {
        stream = in.readAllBytes();
      }
      stream[11] |= 0x01;
      root.createOrUpdateDocument("WordDocument", new ByteArrayInputStream(stream));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  /** An OLE2 file that is not a Word document: a one-cell .xls. */
  public static byte[] excelWorkbook() throws IOException {
    try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      workbook.createSheet("指标").createRow(0).createCell(0).setCellValue("人均预期寿命");
      workbook.write(bytes);
      return bytes.toByteArray();
    }
  }
}
