package org.planextract.write;

import java.util.List;

/**
 * The tables of corpus.sqlite (database schema version {@value #VERSION}). Every child table keys
 * its rows by {@code (doc_id, ord)} or its own id within the plan, with a foreign key to {@code
 * plans}; indexes on doc_id and canonical_id. Numbers are REAL (the raw text is kept beside them).
 */
final class SqliteSchema {
  static final int VERSION = 1;

  static final List<String> DDL = List.of("""
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""", """
      CREATE TABLE plans (doc_id TEXT PRIMARY KEY, ord INTEGER NOT NULL, title TEXT, region TEXT, province TEXT,
        level TEXT, period_start INTEGER, period_end INTEGER, status TEXT, source_path TEXT NOT NULL,
        format TEXT NOT NULL, sha256 TEXT NOT NULL, encoding TEXT)""", """
      CREATE TABLE sections (doc_id TEXT NOT NULL REFERENCES plans(doc_id), id TEXT NOT NULL, parent_id TEXT,
        level INTEGER NOT NULL, number TEXT, title TEXT NOT NULL, line INTEGER NOT NULL, span_start INTEGER,
        span_end INTEGER, PRIMARY KEY (doc_id, id))""", """
      CREATE TABLE boxes (doc_id TEXT NOT NULL REFERENCES plans(doc_id), id TEXT NOT NULL, number INTEGER NOT NULL,
        label TEXT NOT NULL, title TEXT, section_id TEXT, line INTEGER NOT NULL, PRIMARY KEY (doc_id, id))""", """
      CREATE TABLE box_items (doc_id TEXT NOT NULL, box_id TEXT NOT NULL, ord INTEGER NOT NULL, label TEXT,
        text TEXT NOT NULL, PRIMARY KEY (doc_id, box_id, ord),
        FOREIGN KEY (doc_id, box_id) REFERENCES boxes(doc_id, id))""", """
      CREATE TABLE tables (doc_id TEXT NOT NULL REFERENCES plans(doc_id), id TEXT NOT NULL, kind TEXT NOT NULL,
        caption TEXT, section_id TEXT, line INTEGER NOT NULL, header_json TEXT NOT NULL, rows_json TEXT NOT NULL,
        row_count INTEGER NOT NULL, PRIMARY KEY (doc_id, id))""", """
      CREATE TABLE indicators (doc_id TEXT NOT NULL REFERENCES plans(doc_id), ord INTEGER NOT NULL, seq INTEGER,
        parent_seq INTEGER, category TEXT, name TEXT NOT NULL, canonical_id TEXT, unit TEXT,
        unit_inferred INTEGER NOT NULL, baseline_raw TEXT, baseline_kind TEXT, baseline_op TEXT, baseline_value REAL,
        baseline_min REAL, baseline_max REAL, baseline_unit TEXT, baseline_direction TEXT, baseline_reference TEXT,
        baseline_year INTEGER, target_raw TEXT, target_kind TEXT, target_op TEXT, target_value REAL, target_min REAL,
        target_max REAL, target_unit TEXT, target_direction TEXT, target_reference TEXT, target_year INTEGER,
        nature TEXT, nature_raw TEXT, table_id TEXT, line INTEGER NOT NULL, PRIMARY KEY (doc_id, ord))""", """
      CREATE TABLE targets (doc_id TEXT NOT NULL REFERENCES plans(doc_id), ord INTEGER NOT NULL, kind TEXT NOT NULL,
        indicator TEXT, canonical_id TEXT, raw TEXT NOT NULL, value_kind TEXT NOT NULL, op TEXT, value REAL,
        min REAL, max REAL, unit TEXT, direction TEXT, reference TEXT, year INTEGER, section_id TEXT,
        line INTEGER NOT NULL, span_start INTEGER, span_end INTEGER, sentence TEXT, rule TEXT NOT NULL,
        PRIMARY KEY (doc_id, ord))""", """
      CREATE TABLE reconciliation (doc_id TEXT NOT NULL REFERENCES plans(doc_id), ord INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('agree', 'disagree', 'row_not_restated', 'text_without_row')),
        canonical_id TEXT, indicator TEXT NOT NULL, text_indicator TEXT, value_column TEXT, year INTEGER,
        table_raw TEXT, text_raw TEXT, table_line INTEGER, text_line INTEGER, comparable INTEGER,
        differences TEXT, PRIMARY KEY (doc_id, ord))""", """
      CREATE TABLE warnings (doc_id TEXT NOT NULL REFERENCES plans(doc_id), ord INTEGER NOT NULL, code TEXT NOT NULL,
        message TEXT NOT NULL, line INTEGER, PRIMARY KEY (doc_id, ord))""",
      "CREATE INDEX sections_doc ON sections(doc_id)",
      "CREATE INDEX boxes_doc ON boxes(doc_id)",
      "CREATE INDEX box_items_doc ON box_items(doc_id)",
      "CREATE INDEX tables_doc ON tables(doc_id)",
      "CREATE INDEX indicators_doc ON indicators(doc_id)",
      "CREATE INDEX indicators_canonical ON indicators(canonical_id)",
      "CREATE INDEX targets_doc ON targets(doc_id)",
      "CREATE INDEX targets_canonical ON targets(canonical_id)",
      "CREATE INDEX reconciliation_doc ON reconciliation(doc_id)",
      "CREATE INDEX reconciliation_canonical ON reconciliation(canonical_id)",
      "CREATE INDEX warnings_doc ON warnings(doc_id)");

  private SqliteSchema() {}
}
