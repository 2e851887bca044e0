package org.planextract.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.planextract.decision.Decision;
import org.planextract.decision.Decisions;
import org.planextract.numerals.ChineseNumerals;
import org.planextract.problems.Diagnostics;
import org.planextract.model.Section;
import org.planextract.model.Span;
import org.planextract.model.WarningCode;
import org.planextract.normalize.AlignedText;
import org.planextract.structure.NumberingScheme.NumberMatch;

/**
 * Finds the chapter outline among a document's paragraphs. A paragraph is a heading when it starts
 * with a number of a known scheme, has a title (up to the first 。/：, or the whole line if short)
 * and its number fits the running sequence. A scheme's level is fixed where it first appears, by
 * nesting: in one plan 第一章 > 第一节 > 一、, in another 一、 > （一） > 1. Paragraphs inside tables
 * or 专栏 boxes are never headings.
 *
 * <p>Tolerated, with a warning: a skipped or repeated number, and a number written in a sibling
 * scheme ((3) among （一）（二）（四）). A level reopened under a new parent may restart at 1 or
 * continue the previous count (1.–7. under （一）, 8.–13. under （二）).
 */
public final class OutlineDetector {
  private final HeadingRules rules;
  /** Whether a line opens a 专栏 region: the box stage's test, not its rules. */
  private final Predicate<AlignedText> boxStart;
  private final ChineseNumerals numerals = new ChineseNumerals();

  /** The outline detector of these heading rules; {@code boxStart} tells a line that opens a 专栏 box. */
  public OutlineDetector(HeadingRules rules, Predicate<AlignedText> boxStart) {
    this.rules = rules;
    this.boxStart = boxStart;
  }

  /** A candidate heading: the number found and where the title is in the clean text. */
  public record Candidate(NumberMatch number, int titleStart, int titleEnd, boolean runIn) {}

  /** State of one nesting level. */
  private static final class Level {
    String schemeId;
    String family;
    int last;
    boolean open;
    String sectionId;
    int children;
  }

  /** The outline of a document; every numbered line's verdict goes to {@code decisions}. */
  public Outline detect(List<Unit> units, Diagnostics diagnostics, Decisions decisions) {
    Map<String, Integer> schemeLevel = new HashMap<>();
    List<Level> levels = new ArrayList<>();
    List<Heading> headings = new ArrayList<>();
    int depth = 0;
    int topCount = 0;
    boolean inPlainBox = false;
    Map<String, Integer> boxItemCounters = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      if (!(units.get(i) instanceof Unit.Text unit)) {
        inPlainBox = false;
        continue;
      }
      AlignedText text = unit.text();
      if (boxStart.test(text)) {
        inPlainBox = true;
        boxItemCounters.clear();
        continue;
      }
      Optional<Candidate> found = candidate(text);
      if (found.isEmpty()) {
        continue;
      }
      Candidate c = found.get();
      NumberMatch n = c.number();
      String scheme = n.scheme().id();
      if (inPlainBox && isBoxItem(c, text, boxItemCounters)) {
        reject(decisions, text, scheme, "an item of the 专栏 box above, not a heading");
        continue;
      }
      Integer fixed = schemeLevel.get(n.scheme().id());
      int level;
      boolean mistyped = false;
      if (fixed != null) {
        level = fixed;
        while (levels.size() < level) {
          levels.add(new Level());
        }
        Level state = levels.get(level - 1);
        if (!fits(state, n.value(), inPlainBox) || (inPlainBox && level > depth)) {
          reject(decisions, text, scheme, inPlainBox && level > depth
              ? "inside a 专栏 box, and it would open a deeper level"
              : "number " + n.written() + " does not fit the running sequence at level " + level
                  + (state.open ? " (last " + state.last + ")" : ""));
          continue;
        }
        warnIrregular(state, n, text.line(), diagnostics);
      } else {
        Optional<Integer> sibling = mistypedSibling(levels, depth, n);
        if (sibling.isPresent()) {
          level = sibling.get();
          mistyped = true;
          diagnostics.warn(WarningCode.NUMBERING_MISTYPED, text.line(),
              "heading number '" + n.written() + "' is written in another scheme than its siblings; kept at level " + level);
        } else {
          if (n.value() != 1 || inPlainBox) {
            reject(decisions, text, scheme, inPlainBox ? "inside a 专栏 box, and its scheme has no level yet"
                : "its scheme has no level yet and a new level starts at 1, not " + n.written());
            continue;
          }
          level = depth + 1;
          schemeLevel.put(n.scheme().id(), level);
        }
        while (levels.size() < level) {
          levels.add(new Level());
        }
      }
      Level state = levels.get(level - 1);
      Level parent = null;
      for (int up = level - 2; up >= 0 && parent == null; up--) {
        if (levels.get(up).open) {
          parent = levels.get(up);
        }
      }
      String parentId = parent == null ? null : parent.sectionId;
      String id = parent == null ? "s" + (++topCount) : parentId + "." + (++parent.children);
      if (!mistyped) {
        state.schemeId = n.scheme().id();
        state.family = n.scheme().family();
      }
      state.last = n.value();
      state.open = true;
      state.sectionId = id;
      state.children = 0;
      for (int d = level; d < levels.size(); d++) {
        levels.get(d).open = false;
      }
      depth = level;
      inPlainBox = false;

      String title = text.clean().substring(c.titleStart(), c.titleEnd()).strip();
      int last = i;
      Span span = text.renderingSpan(0, c.titleEnd());
      if (!c.runIn() && c.titleEnd() - c.titleStart() >= rules.wrapMinHeadingChars()
          && i + 1 < units.size() && units.get(i + 1) instanceof Unit.Text next
          && isWrapFragment(next.text())) {
        title = title + next.text().clean();
        last = i + 1;
        span = new Span(span.start(), next.text().renderingSpan(0, next.text().length()).end());
      }
      Section section = new Section(id, parentId, level, n.written(), title, text.line(), span);
      decisions.accept(Decision.Stage.HEADING, text.line(), span, text.clean(), id, scheme,
          "heading " + id + " level " + level + " number " + n.written() + " title " + title);
      headings.add(new Heading(section, i, last, c.runIn() && last == i ? c.titleEnd() : text.length()));
      i = last;
    }
    return new Outline(headings);
  }


  private static void reject(Decisions decisions, AlignedText text, String scheme, String reason) {
    decisions.reject(Decision.Stage.HEADING, text.line(), text.renderingSpan(0, text.length()), text.clean(), null,
        scheme, reason);
  }

  /** Whether a number may follow at this level: next, one skipped, a repeat, or a restart/continuation when reopened. */
  private static boolean fits(Level state, int value, boolean strict) {
    if (state.open) {
      if (strict) {
        return value == state.last + 1;
      }
      return value == state.last + 1 || value == state.last + 2 || value == state.last;
    }
    return value == 1 || value == state.last + 1;
  }

  private static void warnIrregular(Level state, NumberMatch n, int line, Diagnostics diagnostics) {
    if (!state.open) {
      return;
    }
    if (n.value() == state.last) {
      diagnostics.warn(WarningCode.NUMBERING_REPEAT, line, "heading number '" + n.written() + "' repeats the previous one");
    } else if (n.value() > state.last + 1) {
      diagnostics.warn(WarningCode.NUMBERING_GAP, line,
          "heading number '" + n.written() + "' skips " + (n.value() - state.last - 1) + " number(s)");
    }
  }

  /**
   * Inside a box given as plain lines: a numbered line is an item when it is a {@code label：text}
   * entry, or when it starts or continues a numbering that began inside the box.
   */
  private static boolean isBoxItem(Candidate c, AlignedText text, Map<String, Integer> counters) {
    String scheme = c.number().scheme().id();
    int value = c.number().value();
    Integer last = counters.get(scheme);
    boolean labelled = c.runIn() && (text.folded().charAt(c.titleEnd()) == ':');
    if (value == 1 || (last != null && value == last + 1) || labelled) {
      counters.put(scheme, value);
      return true;
    }
    return false;
  }

  /** A level of the same scheme family, open, whose next number this is: the mistyped （3） case. */
  private static Optional<Integer> mistypedSibling(List<Level> levels, int depth, NumberMatch n) {
    for (int d = Math.min(depth, levels.size()) - 1; d >= 0; d--) {
      Level level = levels.get(d);
      if (level.open && level.family != null && level.family.equals(n.scheme().family())
          && !level.schemeId.equals(n.scheme().id()) && n.value() == level.last + 1) {
        return Optional.of(d + 1);
      }
    }
    return Optional.empty();
  }

  /**
   * The heading a line would be if its number fits the sequence: the first scheme that matches,
   * with the title up to the first terminator. Empty for a table-of-contents line or a title that
   * is empty or too long.
   */
  public Optional<Candidate> candidate(AlignedText text) {
    if (rules.tableOfContentsLine().matcher(text.folded()).find()) {
      return Optional.empty();
    }
    for (NumberingScheme scheme : rules.schemes()) {
      Optional<NumberMatch> match = scheme.match(text, numerals);
      if (match.isEmpty()) {
        continue;
      }
      NumberMatch n = match.get();
      String clean = text.clean();
      int start = n.end();
      while (start < clean.length() && Character.isWhitespace(clean.charAt(start))) {
        start++;
      }
      int end = start;
      while (end < clean.length() && rules.titleTerminators().indexOf(clean.charAt(end)) < 0) {
        end++;
      }
      boolean runIn = end < clean.length();
      int trimmedEnd = end;
      while (trimmedEnd > start && Character.isWhitespace(clean.charAt(trimmedEnd - 1))) {
        trimmedEnd--;
      }
      if (trimmedEnd == start || trimmedEnd - start > rules.maxTitleChars()
          || scheme.rejectsTitle(text.folded().substring(start, trimmedEnd))) {
        return Optional.empty();
      }
      return Optional.of(new Candidate(n, start, trimmedEnd, runIn));
    }
    return Optional.empty();
  }

  /** A short line with no sentence punctuation and no number: the tail of a wrapped heading (…下 / 沉共享). */
  private boolean isWrapFragment(AlignedText next) {
    if (next.length() == 0 || next.length() > rules.wrapMaxFragmentChars()) {
      return false;
    }
    for (char c : next.folded().toCharArray()) {
      if (rules.wrapFragmentForbidden().indexOf(c) >= 0) {
        return false;
      }
    }
    if (boxStart.test(next)) {
      return false;
    }
    for (NumberingScheme scheme : rules.schemes()) {
      if (scheme.match(next, numerals).isPresent()) {
        return false;
      }
    }
    return true;
  }
}
