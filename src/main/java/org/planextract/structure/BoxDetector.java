package org.planextract.structure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import org.planextract.model.Box;
import org.planextract.model.BoxItem;
import org.planextract.decision.Decision;
import org.planextract.decision.Decisions;
import org.planextract.numerals.ChineseNumerals;
import org.planextract.problems.Diagnostics;
import org.planextract.model.Section;
import org.planextract.model.Span;
import org.planextract.model.WarningCode;
import org.planextract.normalize.AlignedText;

/**
 * Finds 专栏 boxes: a table or text box whose first line is a label (专栏三 title, 专栏 1, 专栏1-1),
 * or a paragraph holding such a label followed by item lines up to the next heading or table.
 * Items are {@code label：text} entries, numbered items (label = the number as written) or plain
 * lines. The box belongs to the section open where its label stands.
 *
 * <pre>
 * 	专栏10  健康产业发展工程
 * 	（一）民营医院跨区域办医项目：支持举办…   → item label （一）, never a heading
 * </pre>
 */
public final class BoxDetector {
  private final BoxRules rules;
  /** The numbering schemes box items are numbered with (the same as headings'). */
  private final List<NumberingScheme> itemNumbering;
  /** A line with one of these is no box title. */
  private final String titleTerminators;
  private final ChineseNumerals numerals = new ChineseNumerals();

  /**
   * The box detector of these box rules; items are numbered with {@code itemNumbering}, and a line
   * with one of {@code titleTerminators} is no title.
   */
  public BoxDetector(BoxRules rules, List<NumberingScheme> itemNumbering, String titleTerminators) {
    this.rules = rules;
    this.itemNumbering = List.copyOf(itemNumbering);
    this.titleTerminators = titleTerminators;
  }

  /** The boxes found and the units they occupy (so that tables and targets can tell). */
  public record Result(List<Box> boxes, Set<Integer> boxUnits) {
    public Result {
      boxes = List.copyOf(boxes);
      boxUnits = Set.copyOf(boxUnits);
    }

    /** Whether a unit is (part of) a box. */
    public boolean covers(int unitIndex) {
      return boxUnits.contains(unitIndex);
    }
  }

  /** The boxes of a document; each one found is an accepted decision. */
  public Result detect(List<Unit> units, Outline outline, Diagnostics diagnostics, Decisions decisions) {
    List<Box> boxes = new ArrayList<>();
    Set<Integer> used = new LinkedHashSet<>();
    int previous = 0;
    for (int i = 0; i < units.size(); i++) {
      List<AlignedText> lines = new ArrayList<>();
      int unitCount = 0;
      if (units.get(i) instanceof Unit.Tab tab) {
        lines.addAll(tab.lines());
        if (lines.isEmpty() || !rules.label().matcher(lines.get(0).folded()).lookingAt()) {
          continue;
        }
        used.add(i);
        // A box broken over pages comes as further one-column tables or text boxes right after it.
        int j = i + 1;
        while (j < units.size() && units.get(j) instanceof Unit.Tab more && more.table().columnCount() == 1
            && !startsWithLabel(more)) {
          lines.addAll(more.lines());
          used.add(j);
          j++;
        }
        unitCount = j - i - 1;
      } else if (units.get(i) instanceof Unit.Text text
          && rules.label().matcher(text.text().folded()).lookingAt() && !outline.isHeading(i)) {
        lines.add(text.text());
        used.add(i);
        int j = i + 1;
        while (j < units.size() && units.get(j) instanceof Unit.Text item && !outline.isHeading(j)
            && !rules.label().matcher(item.text().folded()).lookingAt()) {
          lines.add(item.text());
          used.add(j);
          j++;
        }
        unitCount = j - i - 1;
      } else {
        continue;
      }
      Box box = read(lines, boxes.size() + 1, outline.sectionAt(i).map(Section::id).orElse(null));
      if (previous > 0 && box.number() != previous + 1) {
        diagnostics.warn(WarningCode.BOX_NUMBERING, box.line(),
            box.label() + " follows 专栏 number " + previous);
      }
      previous = box.number();
      boxes.add(box);
      decisions.accept(Decision.Stage.BOX, box.line(), box.span(), lines.get(0).clean(), box.id(), "boxes.label",
          "专栏 " + box.label() + " " + box.title() + " (" + box.items().size() + " items, "
              + (units.get(i) instanceof Unit.Tab ? "a table or text box" : "plain lines") + ")");
      i += unitCount;
    }
    return new Result(boxes, used);
  }

  private boolean startsWithLabel(Unit.Tab tab) {
    List<AlignedText> lines = tab.lines();
    return !lines.isEmpty() && rules.label().matcher(lines.get(0).folded()).lookingAt();
  }

  private Box read(List<AlignedText> lines, int ordinal, String sectionId) {
    AlignedText first = lines.get(0);
    Matcher m = rules.label().matcher(first.folded());
    if (!m.lookingAt()) {
      throw new IllegalStateException("box label expected: " + first.clean());
    }
    String num = first.clean().substring(m.start("num"), m.end("num"));
    OptionalInt value = numerals.parse(first.folded().substring(m.start("num"), m.end("num")));
    String sub = m.group("sub");
    String label = rules.labelWord() + num + (sub == null ? "" : "-" + sub);
    String title = first.clean().substring(m.end()).strip();
    int itemsFrom = 1;
    if (title.isEmpty() && lines.size() > 1 && lines.get(1).length() <= rules.maxTitleChars()
        && lines.get(1).folded().chars().noneMatch(c -> titleTerminators.indexOf(c) >= 0)) {
      title = lines.get(1).clean();
      itemsFrom = 2;
    }
    List<BoxItem> items = new ArrayList<>();
    for (int k = itemsFrom; k < lines.size(); k++) {
      items.add(item(lines.get(k)));
    }
    AlignedText last = lines.get(lines.size() - 1);
    Span span = new Span(first.renderingOffset(0), last.renderingSpan(0, last.length()).end());
    return new Box("b" + ordinal, value.orElse(0), label, title, sectionId, items, first.line(), span);
  }

  private BoxItem item(AlignedText line) {
    for (NumberingScheme scheme : itemNumbering) {
      var n = scheme.match(line, numerals);
      if (n.isPresent()) {
        String label = line.clean().substring(0, n.get().end()).strip();
        return new BoxItem(label, line.clean().substring(n.get().end()).strip());
      }
    }
    String folded = line.folded();
    int colon = folded.indexOf(':');
    if (colon > 0 && colon <= rules.maxItemLabelChars()) {
      String head = folded.substring(0, colon);
      if (head.chars().noneMatch(c -> c == ',' || c == '，' || c == '。' || c == ';' || c == '；')) {
        return new BoxItem(line.clean().substring(0, colon).strip(), line.clean().substring(colon + 1).strip());
      }
    }
    return new BoxItem(null, line.clean());
  }
}
