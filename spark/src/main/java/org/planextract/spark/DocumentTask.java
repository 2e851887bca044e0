package org.planextract.spark;

import java.io.Serializable;

/**
 * One input of a job as the driver listed it: {@code order} is its place in the CLI's input order
 * (arguments in order, each folder's files sorted by path), {@code uri} the qualified file to read,
 * {@code displayPath} what the plan's {@code source.path} says (the path as the CLI would print it),
 * {@code docId} the file stem made unique as the CLI does. A problem found while listing (no such
 * path, a folder without plans) has {@code problemCode} set and no docId.
 */
public record DocumentTask(int order, String uri, String displayPath, String docId, String problemCode,
    String problemReason) implements Serializable {
  private static final long serialVersionUID = 1L;

  static DocumentTask of(int order, String uri, String displayPath, String docId) {
    return new DocumentTask(order, uri, displayPath, docId, null, null);
  }

  static DocumentTask problem(int order, String displayPath, String code, String reason) {
    return new DocumentTask(order, null, displayPath, null, code, reason);
  }
}
