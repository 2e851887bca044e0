package org.planextract.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.planextract.decision.Decision;
import org.planextract.decision.Decisions;
import org.planextract.normalize.AlignedText;

/**
 * The first structure stage: finds the 专栏 regions among the units as read, so that the outline
 * is built only from what is left (a cascade: regions, then headings). A region opens at a line
 * that starts with a box label, drawn as a table or text box (with the one-column tables that
 * continue it over pages), or as a paragraph; a region of paragraphs goes on up to the next
 * table, the next label, or a numbered line that is no item of the box.
 *
 * <p>Inside a box of paragraphs a numbered line is an item when it is a {@code label：text}
 * entry, or when it starts (number 1) or continues a numbering begun inside the box:
 *
 * <pre>
 * 专栏2 县域医共体建设工程
 * 1.紧密型医共体：…       → item (its numbering starts in the box)
 * 2.远程会诊中心：…       → item (continues it)
 * （三）强化基层卫生人才   → ends the box: a heading candidate that is no item
 * </pre>
 */
public final class RegionDetector {
  private final BoxRules boxes;
  private final HeadingCandidates headings;

  /** The region stage of these box rules; {@code headings} tells a numbered line that may end a box. */
  public RegionDetector(BoxRules boxes, HeadingCandidates headings) {
    this.boxes = boxes;
    this.headings = headings;
  }

  /** The units with every 专栏 region grouped into one {@link Unit.BoxRegion}; other units unchanged. */
  public List<Unit> group(List<Unit> units, Decisions decisions) {
    List<Unit> out = new ArrayList<>(units.size());
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      if (unit instanceof Unit.Tab tab && opensBox(tab)) {
        List<AlignedText> lines = new ArrayList<>(tab.lines());
        int j = i + 1;
        // A box broken over pages comes as further one-column tables or text boxes right after it.
        while (j < units.size() && units.get(j) instanceof Unit.Tab more && more.table().columnCount() == 1
            && !opensBox(more)) {
          lines.addAll(more.lines());
          j++;
        }
        out.add(new Unit.BoxRegion(lines, true));
        i = j - 1;
      } else if (unit instanceof Unit.Text text && boxes.opens(text.text())) {
        List<AlignedText> lines = new ArrayList<>();
        lines.add(text.text());
        Map<String, Integer> itemCounters = new LinkedHashMap<>();
        int j = i + 1;
        boolean marked = false;
        int firstItem = firstItem(text.text());
        while (j < units.size() && units.get(j) instanceof Unit.Text item && !boxes.opens(item.text())
            && isBoxLine(item.text(), itemCounters, decisions)) {
          boolean itemMarked = boxes.itemLabelEnd(item.text()) > 0 || boxes.bullet(item.text()) != null;
          if (marked && !itemMarked && boxes.severalClauses(item.text()) && headings.candidate(item.text()).isEmpty()) {
            // the box's items are 'label：text' or bulleted: a line of neither form is body text after it
            decisions.reject(Decision.Stage.BOX, item.text().line(), item.text().renderingSpan(0, item.text().length()),
                item.text().clean(), null, "boxes.itemBullets", "not an item of the 专栏 above (its items are marked)");
            break;
          }
          marked |= lines.size() == firstItem && itemMarked;
          lines.add(item.text());
          j++;
        }
        out.add(new Unit.BoxRegion(lines, false));
        i = j - 1;
      } else {
        out.add(unit);
      }
    }
    return List.copyOf(out);
  }

  /** Index of a plain box's first item among its lines: after the label, and after a title line under a bare label. */
  private int firstItem(AlignedText label) {
    Matcher m = boxes.label().matcher(label.folded());
    boolean bare = m.lookingAt() && label.folded().substring(m.end()).isBlank();
    return bare ? 2 : 1;
  }

  private boolean opensBox(Unit.Tab tab) {
    return !tab.lines().isEmpty() && boxes.opens(tab.lines().get(0));
  }

  /** Whether a paragraph after a box label is still part of the box: unnumbered, or a numbered item. */
  private boolean isBoxLine(AlignedText text, Map<String, Integer> counters, Decisions decisions) {
    Optional<HeadingCandidates.Candidate> found = headings.candidate(text);
    if (found.isEmpty()) {
      return true;
    }
    HeadingCandidates.Candidate c = found.get();
    String scheme = c.number().scheme().id();
    int value = c.number().value();
    Integer last = counters.get(scheme);
    boolean labelled = c.runIn() && text.folded().charAt(c.titleEnd()) == ':';
    if (value == 1 || (last != null && value == last + 1) || labelled) {
      counters.put(scheme, value);
      decisions.reject(Decision.Stage.HEADING, text.line(), text.renderingSpan(0, text.length()), text.clean(), null,
          scheme, "an item of the 专栏 box above, not a heading");
      return true;
    }
    return false;
  }
}
