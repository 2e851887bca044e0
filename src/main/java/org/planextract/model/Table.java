package org.planextract.model;

import java.util.List;
import java.util.Objects;

/**
 * A table other than a 专栏 box: header rows and body rows as cell text, merged cells filled
 * down/right, with the caption found above it and the section it sits in.
 */
public record Table(
    String id,
    TableKind kind,
    String caption,
    String sectionId,
    List<List<String>> header,
    List<List<String>> rows,
    int line) {
  public Table {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    header = header.stream().map(List::copyOf).toList();
    rows = rows.stream().map(List::copyOf).toList();
  }
}
