package org.planextract.extract;

import java.util.ArrayList;
import java.util.List;
import org.planextract.model.Section;
import org.planextract.model.TableKind;
import org.planextract.structure.Heading;
import org.planextract.structure.Outline;
import org.planextract.structure.TableBuilder;
import org.planextract.structure.Unit;

/**
 * The running text targets are read from: every paragraph but a heading's own words, the body of
 * a run-in heading (1.标题。正文…), and every line of 专栏 boxes and tables except the indicator
 * tables, whose rows the indicator stage reads instead.
 */
public final class TargetPassages {
  public List<Passage> of(List<Unit> units, Outline outline, List<TableBuilder.Built> tables) {
    List<TableBuilder.Built> indicatorTables = tables.stream()
        .filter(b -> b.table().kind() == TableKind.INDICATORS).toList();
    List<Passage> out = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      Section section = outline.sectionAt(i).orElse(null);
      if (units.get(i) instanceof Unit.Text text) {
        int from = !outline.isHeading(i) ? 0
            : outline.headingAt(i).map(Heading::bodyStart).orElse(text.text().length());
        out.add(new Passage(text.text(), from, section));
      } else if (units.get(i) instanceof Unit.Tab tab
          && indicatorTables.stream().noneMatch(b -> b.madeFrom(tab.table()))) {
        tab.lines().forEach(l -> out.add(new Passage(l, 0, section)));
      } else if (units.get(i) instanceof Unit.BoxRegion box) {
        box.lines().forEach(l -> out.add(new Passage(l, 0, section)));
      }
    }
    return List.copyOf(out);
  }
}
