package org.planextract.write;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.planextract.model.ErrorCode;
import org.planextract.problems.PlanExtractException;

/**
 * Passes bytes through until a byte budget is spent, then fails with {@code LIMIT_EXCEEDED} naming
 * the limit: one document's JSON is streamed through it, so a hostile document can never make a
 * multi-gigabyte file (or hold one in memory).
 */
public final class BoundedOutputStream extends FilterOutputStream {
  private final long limit;
  private final String limitName;
  private long written;

  public BoundedOutputStream(OutputStream out, long limit, String limitName) {
    super(out);
    this.limit = limit;
    this.limitName = limitName;
  }

  @Override
  public void write(int b) throws IOException {
    spend(1);
    out.write(b);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    spend(len);
    out.write(b, off, len);
  }

  private void spend(int n) {
    written += n;
    if (written > limit) {
      throw new PlanExtractException(ErrorCode.LIMIT_EXCEEDED,
          "output JSON passes " + limit + " bytes (" + limitName + ")");
    }
  }
}
