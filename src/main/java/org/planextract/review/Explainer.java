package org.planextract.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.planextract.PlanExtractor;
import org.planextract.decision.Decision;
import org.planextract.model.Indicator;
import org.planextract.model.Target;
import org.planextract.structure.Unit;

/**
 * Explains one line of a plan (or one indicator) from the decisions extraction made: what the line
 * is (paragraph, table or box), every candidate weighed on it (heading, 专栏, table, indicator
 * row, clause) with the rule and why it was accepted or rejected, and the items found there. It
 * reads what extraction decided and decides nothing itself, so it cannot disagree with
 * {@code extract}. Lines are those of the plan's rendering.
 */
public final class Explainer {
  /** The decisions made on a line, in the order the stages made them. */
  public List<Decision> decisionsAt(PlanExtractor.Analysis a, int line) {
    return a.decisions().stream().filter(d -> d.line() == line).toList();
  }

  public List<String> explainLine(PlanExtractor.Analysis a, int line) {
    List<String> out = new ArrayList<>();
    String rendering = a.text().text();
    int count = (int) rendering.chars().filter(c -> c == '\n').count() + 1;
    if (line < 1 || line > count) {
      out.add("line " + line + " is outside the document (1.." + count + ")");
      return out;
    }
    int start = 0;
    for (int i = 1; i < line; i++) {
      start = rendering.indexOf('\n', start) + 1;
    }
    int end = rendering.indexOf('\n', start);
    out.add("line " + line + ": " + rendering.substring(start, end < 0 ? rendering.length() : end).strip());
    Unit unit = unitAt(a.units(), line);
    if (unit == null) {
      out.add("read: blank or dropped line");
    } else if (unit instanceof Unit.Text text) {
      out.add("read: paragraph" + (text.hint() == null ? "" : " (reader hint "
          + text.hint().name().toLowerCase(Locale.ROOT) + ")"));
    } else {
      out.add("read: table or text box starting at line " + unit.line());
    }
    List<Decision> decisions = decisionsAt(a, line);
    if (unit instanceof Unit.Text && decisions.stream().noneMatch(d -> d.stage() == Decision.Stage.HEADING
        || d.stage() == Decision.Stage.BOX)) {
      out.add("heading: not a candidate (no numbering scheme of rules/structure.yaml matches its start)");
    }
    decisions.forEach(d -> out.add(describe(d)));
    for (Indicator i : a.document().indicators()) {
      if (i.line() == line) {
        out.add("extract: indicator " + describe(i));
      }
    }
    for (Target t : a.document().targets()) {
      if (t.line() == line) {
        out.add("extract: " + t.kind().wire() + " by rule " + t.rule() + ": " + t.indicator() + " = " + t.value().raw()
            + " (" + t.value().year() + ")" + (t.canonicalId() == null ? "" : " → " + t.canonicalId())
            + " span [" + t.span().start() + ", " + t.span().end() + ")");
      }
    }
    a.document().warnings().stream().filter(w -> w.line() != null && w.line() == line)
        .forEach(w -> out.add("warning: " + w.code() + " " + w.message()));
    return out;
  }

  public List<String> explainIndicator(PlanExtractor.Analysis a, String name) {
    List<String> out = new ArrayList<>();
    for (Indicator i : a.document().indicators()) {
      if (i.name().contains(name)) {
        out.addAll(explainLine(a, i.line()));
        out.add("");
      }
    }
    if (out.isEmpty()) {
      out.add("no indicator whose name contains '" + name + "'; indicator tables found: "
          + a.tables().stream().map(t -> t.table().id() + " (" + t.table().kind().wire() + ")").toList());
    }
    return out;
  }

  /** One decision as a line: stage, verdict, rule, the candidate for clauses, and the reason. */
  static String describe(Decision d) {
    String stage = d.stage().name().toLowerCase(Locale.ROOT);
    String rule = d.ruleId() == null ? "no rule" : "rule " + d.ruleId();
    String on = d.stage() == Decision.Stage.TARGET || d.stage() == Decision.Stage.INDICATOR
        ? " on \"" + d.text() + "\"" : "";
    return stage + ": " + (d.accepted() ? "accepted" : "rejected") + " (" + rule + ")" + on + ": " + d.reason();
  }

  /** The unit a line belongs to: the paragraph on it, or the table it is inside; null for a blank line. */
  private static Unit unitAt(List<Unit> units, int line) {
    Unit found = null;
    for (Unit u : units) {
      if (u instanceof Unit.Text t && t.line() == line) {
        return u;
      }
      if (u.line() <= line) {
        found = u;
      }
    }
    return found instanceof Unit.Tab ? found : null;
  }

  static String describe(Indicator i) {
    return (i.seq() == null ? "" : i.seq() + " ") + i.name() + " [" + (i.category() == null ? "" : i.category()) + "] unit "
        + i.unit() + (i.unitInferred() ? " (inferred)" : "") + ", baseline " + (i.baseline() == null ? "—" : i.baseline().raw())
        + ", target " + (i.target() == null ? "—" : i.target().raw() + " (" + i.target().kind().wire() + ")")
        + ", nature " + i.natureRaw() + (i.canonicalId() == null ? ", no canonical id" : " → " + i.canonicalId())
        + " (table " + i.tableId() + ")";
  }
}
