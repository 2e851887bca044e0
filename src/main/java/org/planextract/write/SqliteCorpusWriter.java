package org.planextract.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planextract.model.Box;
import org.planextract.model.BoxItem;
import org.planextract.model.Indicator;
import org.planextract.model.PlanDocument;
import org.planextract.model.ReconciledPair;
import org.planextract.model.Reconciliation;
import org.planextract.model.ReconciliationItem;
import org.planextract.model.Section;
import org.planextract.model.Table;
import org.planextract.model.Target;
import org.planextract.model.Value;
import org.planextract.model.Warning;

/**
 * corpus.sqlite: every plan's JSON as relational tables ({@link SqliteSchema}), filled a plan at a
 * time into a file the caller then renames into place. Foreign keys are enforced while writing;
 * the database is finished (committed and closed) by {@link #finish}. JDBC stays in this package.
 */
public final class SqliteCorpusWriter implements AutoCloseable {
  private final Connection db;
  private final ObjectMapper json;
  private final Map<String, PreparedStatement> inserts = new LinkedHashMap<>();
  private int plans;

  /** Creates the tables in a new, empty database file. */
  public SqliteCorpusWriter(Path file, ObjectMapper json) throws IOException {
    this.json = json;
    try {
      db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA journal_mode=OFF");
        s.execute("PRAGMA synchronous=OFF");
        s.execute("PRAGMA foreign_keys=ON");
      }
      db.setAutoCommit(false);
      try (Statement s = db.createStatement()) {
        for (String ddl : SqliteSchema.DDL) {
          s.execute(ddl);
        }
      }
    } catch (SQLException e) {
      throw new IOException("cannot create corpus.sqlite: " + e.getMessage(), e);
    }
  }

  /** Adds one plan and everything in it. */
  public void add(PlanDocument d) throws IOException {
    try {
      String id = d.docId();
      var r = d.region();
      insert("plans", id, plans++, d.title(), r == null ? null : r.name(), r == null ? null : r.province(),
          r == null || r.level() == null ? null : r.level().wire(), d.period() == null ? null : d.period().start(),
          d.period() == null ? null : d.period().end(), d.status() == null ? null : d.status().wire(),
          d.source().path(), d.source().format().wire(), d.source().sha256(), d.source().encoding());
      for (Section s : d.sections()) {
        insert("sections", id, s.id(), s.parentId(), s.level(), s.number(), s.title(), s.line(),
            s.span() == null ? null : s.span().start(), s.span() == null ? null : s.span().end());
      }
      for (Box b : d.boxes()) {
        insert("boxes", id, b.id(), b.number(), b.label(), b.title(), b.sectionId(), b.line());
        int n = 0;
        for (BoxItem item : b.items()) {
          insert("box_items", id, b.id(), n++, item.label(), item.text());
        }
      }
      for (Table t : d.tables()) {
        insert("tables", id, t.id(), t.kind().wire(), t.caption(), t.sectionId(), t.line(),
            json.writeValueAsString(t.header()), json.writeValueAsString(t.rows()), t.rows().size());
      }
      int n = 0;
      for (Indicator i : d.indicators()) {
        Value b = i.baseline();
        Value t = i.target();
        insert("indicators", id, n++, i.seq(), i.parentSeq(), i.category(), i.name(), i.canonicalId(), i.unit(),
            i.unitInferred(), raw(b), kind(b), op(b), b == null ? null : b.value(), b == null ? null : b.min(),
            b == null ? null : b.max(), b == null ? null : b.unit(), direction(b), b == null ? null : b.reference(),
            b == null ? null : b.year(), raw(t), kind(t), op(t), t == null ? null : t.value(),
            t == null ? null : t.min(), t == null ? null : t.max(), t == null ? null : t.unit(), direction(t),
            t == null ? null : t.reference(), t == null ? null : t.year(), i.nature() == null ? null : i.nature().wire(),
            i.natureRaw(), i.tableId(), i.line());
      }
      n = 0;
      for (Target t : d.targets()) {
        Value v = t.value();
        insert("targets", id, n++, t.kind().wire(), t.indicator(), t.canonicalId(), v.raw(), kind(v), op(v), v.value(),
            v.min(), v.max(), v.unit(), direction(v), v.reference(), v.year(), t.sectionId(), t.line(),
            t.span() == null ? null : t.span().start(), t.span() == null ? null : t.span().end(), t.sentence(), t.rule());
      }
      addReconciliation(id, d.reconciliation());
      n = 0;
      for (Warning w : d.warnings()) {
        insert("warnings", id, n++, w.code().name(), w.message(), w.line());
      }
    } catch (SQLException e) {
      throw new IOException("cannot write plan " + d.docId() + " to corpus.sqlite: " + e.getMessage(), e);
    }
  }

  private void addReconciliation(String id, Reconciliation rec) throws SQLException {
    if (rec == null) {
      return;
    }
    int n = 0;
    for (var entry : List.of(Map.entry("agree", rec.agreeing()), Map.entry("disagree", rec.disagreeing()))) {
      for (ReconciledPair p : entry.getValue()) {
        insert("reconciliation", id, n++, entry.getKey(), p.canonicalId(), p.indicator(), p.textIndicator(),
            p.column(), p.year(), p.tableValue().raw(), p.textValue().raw(), p.tableLine(), p.textLine(),
            p.comparable(), String.join(",", p.differences()));
      }
    }
    for (ReconciliationItem i : rec.rowsNotRestated()) {
      insert("reconciliation", id, n++, "row_not_restated", i.canonicalId(), i.indicator(), null, null, i.year(),
          i.raw(), null, i.line(), null, null, null);
    }
    for (ReconciliationItem i : rec.targetsWithoutRow()) {
      insert("reconciliation", id, n++, "text_without_row", i.canonicalId(), i.indicator(), i.indicator(), null,
          i.year(), null, i.raw(), null, i.line(), null, null);
    }
  }

  /**
   * Writes the meta table (the caller's entries in key order, so the file is the same every run) and
   * commits; the file is complete once this returns.
   */
  public void finish(Map<String, String> meta) throws IOException {
    try {
      Map<String, String> all = new LinkedHashMap<>();
      all.put("db_schema_version", Integer.toString(SqliteSchema.VERSION));
      all.put("plan_schema_version", Integer.toString(PlanDocument.SCHEMA_VERSION));
      all.put("plans", Integer.toString(plans));
      all.putAll(new java.util.TreeMap<>(meta));
      for (var e : all.entrySet()) {
        insert("meta", e.getKey(), e.getValue());
      }
      db.commit();
    } catch (SQLException e) {
      throw new IOException("cannot finish corpus.sqlite: " + e.getMessage(), e);
    }
  }

  private void insert(String table, Object... values) throws SQLException {
    PreparedStatement ps = inserts.get(table);
    if (ps == null) {
      ps = db.prepareStatement("INSERT INTO " + table + " VALUES (" + "?,".repeat(values.length - 1) + "?)");
      inserts.put(table, ps);
    }
    for (int i = 0; i < values.length; i++) {
      bind(ps, i + 1, values[i]);
    }
    ps.executeUpdate();
  }

  private static void bind(PreparedStatement ps, int index, Object v) throws SQLException {
    if (v == null) {
      ps.setNull(index, Types.NULL);
    } else if (v instanceof Integer i) {
      ps.setInt(index, i);
    } else if (v instanceof Boolean b) {
      ps.setInt(index, b ? 1 : 0);
    } else if (v instanceof BigDecimal d) {
      ps.setDouble(index, d.doubleValue());
    } else {
      ps.setString(index, v.toString());
    }
  }

  private static String raw(Value v) {
    return v == null ? null : v.raw();
  }

  private static String kind(Value v) {
    return v == null ? null : v.kind().wire();
  }

  private static String op(Value v) {
    return v == null || v.op() == null ? null : v.op().wire();
  }

  private static String direction(Value v) {
    return v == null || v.direction() == null ? null : v.direction().wire();
  }

  @Override
  public void close() throws IOException {
    try {
      for (PreparedStatement ps : inserts.values()) {
        ps.close();
      }
      db.close();
    } catch (SQLException e) {
      throw new IOException("cannot close corpus.sqlite: " + e.getMessage(), e);
    }
  }
}
