package org.planextract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
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
 * Reads the 专栏 regions the region stage found into {@link Box}es: label (专栏三, 专栏 1,
 * 专栏1-1), title (after the label, or the next short line after a bare label) and items:
 * {@code label：text} entries, numbered items (label = the number as written) or plain lines.
 * The box belongs to the section open where its label stands.
 *
 * <pre>
 * 	专栏10  健康产业发展工程
 * 	（一）民营医院跨区域办医项目：支持举办…   → item label （一）
 * </pre>
 */
public final class BoxReader {
  private final BoxRules rules;
  /** The numbering schemes box items are numbered with (the same as headings'). */
  private final List<NumberingScheme> itemNumbering;
  /** A line with one of these is no box title. */
  private final String titleTerminators;
  private final ChineseNumerals numerals = new ChineseNumerals();

  /**
   * The box reader of these box rules; items are numbered with {@code itemNumbering}, and a line
   * with one of {@code titleTerminators} is no title.
   */
  public BoxReader(BoxRules rules, List<NumberingScheme> itemNumbering, String titleTerminators) {
    this.rules = rules;
    this.itemNumbering = List.copyOf(itemNumbering);
    this.titleTerminators = titleTerminators;
  }

  /** The boxes of the document's 专栏 regions, in order; each one is an accepted decision. */
  public List<Box> read(List<Unit> units, Outline outline, Diagnostics diagnostics, Decisions decisions) {
    List<Box> boxes = new ArrayList<>();
    int previous = 0;
    for (int i = 0; i < units.size(); i++) {
      if (!(units.get(i) instanceof Unit.BoxRegion region)) {
        continue;
      }
      List<AlignedText> lines = region.lines();
      Box box = read(lines, boxes.size() + 1, outline.sectionAt(i).map(Section::id).orElse(null));
      if (previous > 0 && box.number() != previous + 1) {
        diagnostics.warn(WarningCode.BOX_NUMBERING, box.line(),
            box.label() + " follows 专栏 number " + previous);
      }
      previous = box.number();
      boxes.add(box);
      decisions.accept(Decision.Stage.BOX, box.line(), box.span(), lines.get(0).clean(), box.id(), "boxes.label",
          "专栏 " + box.label() + " " + box.title() + " (" + box.items().size() + " items, "
              + (region.tabular() ? "a table or text box" : "plain lines") + ")");
    }
    return List.copyOf(boxes);
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
    int colon = rules.itemLabelEnd(line);
    if (colon > 0) {
      return new BoxItem(line.clean().substring(0, colon).strip(), line.clean().substring(colon + 1).strip());
    }
    String bullet = rules.bullet(line);
    if (bullet != null) {
      String clean = line.clean().stripLeading();
      return new BoxItem(clean.substring(0, bullet.length()), clean.substring(bullet.length()).strip());
    }
    return new BoxItem(null, line.clean());
  }
}
