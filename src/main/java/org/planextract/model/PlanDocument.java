package org.planextract.model;

import java.util.List;
import java.util.Objects;

/**
 * One extracted plan: the document object of the output contract (schema version {@value
 * #SCHEMA_VERSION}). {@code parts} and {@code reconciliation} were added later: an older file reads back with no
 * parts and a null reconciliation.
 */
public record PlanDocument(
    int schemaVersion,
    String docId,
    Source source,
    String title,
    Region region,
    Period period,
    Status status,
    List<DocumentPart> parts,
    List<Section> sections,
    List<Box> boxes,
    List<Table> tables,
    List<Indicator> indicators,
    List<Target> targets,
    List<Warning> warnings,
    Reconciliation reconciliation) {
  public static final int SCHEMA_VERSION = 1;

  public PlanDocument {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(source, "source");
    parts = parts == null ? List.of() : List.copyOf(parts);
    sections = List.copyOf(sections);
    boxes = List.copyOf(boxes);
    tables = List.copyOf(tables);
    indicators = List.copyOf(indicators);
    targets = List.copyOf(targets);
    warnings = List.copyOf(warnings);
  }
}
