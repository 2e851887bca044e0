package org.planextract.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What one document gave: either the plan as one JSON line with its indicator and target rows
 * (cell texts in column order), or a failure with its error code and one-line reason. Never both.
 */
public record DocumentResult(int order, String path, String docId, String planJson,
    List<List<String>> indicatorRows, List<List<String>> targetRows, String errorCode, String reason)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  static DocumentResult ok(DocumentTask task, String planJson, List<List<String>> indicators,
      List<List<String>> targets) {
    return new DocumentResult(task.order(), task.displayPath(), task.docId(), planJson, List.copyOf(indicators),
        List.copyOf(targets), null, null);
  }

  static DocumentResult failed(DocumentTask task, String code, String reason) {
    return new DocumentResult(task.order(), task.displayPath(), task.docId(), null, List.of(), List.of(), code,
        reason);
  }

  public boolean isOk() {
    return planJson != null;
  }
}
