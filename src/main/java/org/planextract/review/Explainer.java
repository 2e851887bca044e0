package org.planextract.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planextract.PlanExtractor;
import org.planextract.extract.TargetSentenceExtractor;
import org.planextract.model.Box;
import org.planextract.model.Indicator;
import org.planextract.model.Section;
import org.planextract.model.Target;
import org.planextract.normalize.AlignedText;
import org.planextract.normalize.TextNormalizer;
import org.planextract.read.TextLine;
import org.planextract.structure.OutlineDetector;
import org.planextract.structure.TableBuilder;
import org.planextract.structure.Unit;

/**
 * Explains one line of a plan (or one indicator): what the line is (paragraph, heading candidate,
 * table row, box line), which stage and rule produced the items found on it, and which rule
 * matches were rejected and why. Lines are those of the plan's rendering.
 */
public final class Explainer {
  private final PlanExtractor extractor;
  private final TextNormalizer normalizer = new TextNormalizer();

  public Explainer(PlanExtractor extractor) {
    this.extractor = extractor;
  }

  public List<String> explainLine(PlanExtractor.Analysis a, int line) {
    List<String> out = new ArrayList<>();
    String[] lines = a.text().text().split("\n", -1);
    if (line < 1 || line > lines.length) {
      out.add("line " + line + " is outside the document (1.." + lines.length + ")");
      return out;
    }
    out.add("line " + line + ": " + lines[line - 1].strip());
    int unitIndex = unitAt(a.units(), line);
    if (unitIndex < 0) {
      out.add("structure: blank or dropped line");
      return out;
    }
    Unit unit = a.units().get(unitIndex);
    OutlineDetector outline = extractor.outlineDetector();
    if (unit instanceof Unit.Text text) {
      out.add("read: paragraph" + (text.hint() == null ? "" : " (reader hint " + text.hint().name().toLowerCase(java.util.Locale.ROOT) + ")"));
      var candidate = outline.candidate(text.text());
      Optional<Section> heading = a.document().sections().stream().filter(s -> s.line() == line).findFirst();
      if (heading.isPresent()) {
        Section s = heading.get();
        out.add("structure: heading " + s.id() + " level " + s.level() + " number " + s.number() + " title " + s.title()
            + candidate.map(c -> " (scheme " + c.number().scheme().id() + ")").orElse(""));
      } else if (candidate.isPresent()) {
        out.add("structure: looks like a heading of scheme " + candidate.get().number().scheme().id() + " (number "
            + candidate.get().number().written() + ") but was rejected: the number does not fit the running sequence,"
            + " or the line is inside a 专栏 box");
      } else {
        out.add("structure: body text (no numbering scheme of rules/structure.yaml matches its start)");
      }
      traceTargets(text.text(), out);
    } else {
      out.add("read: table or text box starting at line " + unit.line());
      if (a.boxes().boxUnits().contains(unitIndex)) {
        a.document().boxes().stream().filter(b -> inBox(b, a, line)).findFirst()
            .ifPresent(b -> out.add("structure: inside box " + b.id() + " " + b.label() + " " + b.title()
                + " (rule boxes.label)"));
        for (TextLine l : ((Unit.Tab) unit).table().contentLines()) {
          if (l.line() == line) {
            traceTargets(normalizer.normalize(l), out);
          }
        }
      }
      for (TableBuilder.Built t : a.tables()) {
        if (t.unitIndex() == unitIndex) {
          out.add("structure: table " + t.table().id() + " kind " + t.table().kind().wire()
              + " (rules/tables.yaml kinds), caption " + t.table().caption());
        }
      }
    }
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

  private void traceTargets(AlignedText text, List<String> out) {
    TargetSentenceExtractor targets = extractor.targetExtractor();
    for (TargetSentenceExtractor.ClauseTrace c : targets.trace(text)) {
      out.add("targets: rule " + c.rule() + " on \"" + c.clause() + "\": phrase \"" + c.phrase() + "\" → "
          + (c.indicator() == null ? "(none)" : c.indicator()) + ", value " + c.value() + ": " + c.reason());
    }
  }

  private static boolean inBox(Box b, PlanExtractor.Analysis a, int line) {
    String text = a.text().text();
    int start = 0;
    for (int i = 1; i < line; i++) {
      start = text.indexOf('\n', start) + 1;
    }
    return b.span().start() <= start + 1 && start <= b.span().end();
  }

  private static int unitAt(List<Unit> units, int line) {
    int found = -1;
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.line() <= line) {
        found = i;
      }
      if (u instanceof Unit.Text t && t.line() == line) {
        return i;
      }
    }
    if (found >= 0 && units.get(found) instanceof Unit.Text t && t.line() != line) {
      return -1;
    }
    return found;
  }

  static String describe(Indicator i) {
    return (i.seq() == null ? "" : i.seq() + " ") + i.name() + " [" + (i.category() == null ? "" : i.category()) + "] unit "
        + i.unit() + (i.unitInferred() ? " (inferred)" : "") + ", baseline " + (i.baseline() == null ? "—" : i.baseline().raw())
        + ", target " + (i.target() == null ? "—" : i.target().raw() + " (" + i.target().kind().wire() + ")")
        + ", nature " + i.natureRaw() + (i.canonicalId() == null ? ", no canonical id" : " → " + i.canonicalId())
        + " (table " + i.tableId() + ")";
  }
}
