package org.planextract.model;

import java.util.List;
import java.util.Objects;

/**
 * One extracted plan: the document object of the output contract (schema version {@value
 * #SCHEMA_VERSION}). {@code reconciliation} (added later, so null when an older file is read back)
 * compares the running text with the indicator table.
 */
public record PlanDocument(
    int schemaVersion,
    String docId,
    Source source,
    String title,
    Region region,
    Period period,
    Status status,
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
    sections = List.copyOf(sections);
    boxes = List.copyOf(boxes);
    tables = List.copyOf(tables);
    indicators = List.copyOf(indicators);
    targets = List.copyOf(targets);
    warnings = List.copyOf(warnings);
  }

  /** A plan without reconciliation (files written before the field existed read back with it null). */
  public PlanDocument(int schemaVersion, String docId, Source source, String title, Region region, Period period,
      Status status, List<Section> sections, List<Box> boxes, List<Table> tables, List<Indicator> indicators,
      List<Target> targets, List<Warning> warnings) {
    this(schemaVersion, docId, source, title, region, period, status, sections, boxes, tables, indicators, targets,
        warnings, null);
  }
}
