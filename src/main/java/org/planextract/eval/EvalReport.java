package org.planextract.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scores of all documents and their totals per field (micro-averaged: counts summed first). */
public record EvalReport(List<DocumentScore> documents) {
  public EvalReport {
    documents = List.copyOf(documents);
  }

  /** The same report restricted to some fields ("indicators" keeps its per-field scores, indicators.unit …). */
  public EvalReport only(java.util.Set<String> fields) {
    java.util.function.Predicate<String> keep = name -> fields.contains(name)
        || name.contains(".") && fields.contains(name.substring(0, name.indexOf('.')));
    return new EvalReport(documents.stream().map(d -> new DocumentScore(d.docId(),
        d.fields().stream().filter(f -> keep.test(f.field())).toList(),
        d.mismatches().stream().filter(m -> keep.test(m.field())).toList())).toList());
  }

  public List<FieldScore> totals() {
    Map<String, FieldScore> sums = new LinkedHashMap<>();
    for (DocumentScore doc : documents) {
      for (FieldScore f : doc.fields()) {
        sums.merge(f.field(), f, FieldScore::plus);
      }
    }
    return new ArrayList<>(sums.values());
  }

  public List<Mismatch> mismatches() {
    return documents.stream().flatMap(d -> d.mismatches().stream()).toList();
  }

  /** The lowest total F1 over the fields that have anything expected or predicted. */
  public double minF1() {
    return totals().stream().filter(f -> f.truePositives() + f.falseNegatives() + f.falsePositives() > 0)
        .mapToDouble(FieldScore::f1).min().orElse(1.0);
  }
}
