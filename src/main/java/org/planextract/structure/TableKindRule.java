package org.planextract.structure;

import java.util.List;
import org.planextract.model.TableKind;

/** A table kind decided by header words: at least {@code minHits} of {@code words} in header or caption. */
public record TableKindRule(String id, TableKind kind, List<String> words, int minHits) {
  public TableKindRule {
    words = List.copyOf(words);
  }
}
