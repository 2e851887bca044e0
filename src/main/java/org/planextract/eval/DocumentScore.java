package org.planextract.eval;

import java.util.List;

/** The scores of one document, field by field, with its mismatches. */
public record DocumentScore(String docId, List<FieldScore> fields, List<Mismatch> mismatches) {
  public DocumentScore {
    fields = List.copyOf(fields);
    mismatches = List.copyOf(mismatches);
  }
}
