package org.planextract.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.planextract.decision.Decision;
import org.planextract.decision.Decisions;
import org.planextract.problems.Diagnostics;
import org.planextract.model.Section;
import org.planextract.model.Span;
import org.planextract.model.WarningCode;
import org.planextract.normalize.AlignedText;
import org.planextract.normalize.TextNormalizer;
import org.planextract.structure.NumberingScheme.NumberMatch;

/**
 * Finds the chapter outline among a document's paragraphs. A paragraph is a heading when it starts
 * with a number of a known scheme, has a title (up to the first 。/：, or the whole line if short)
 * and its number fits the running sequence. A scheme's level is fixed where it first appears, by
 * nesting: in one plan 第一章 > 第一节 > 一、, in another 一、 > （一） > 1. It runs after the region
 * stage and sees only what is left: tables and 专栏 regions are never headings.
 *
 * <p>Tolerated, with a warning: a skipped or repeated number, and a number written in a sibling
 * scheme ((3) among （一）（二）（四）). A level reopened under a new parent may restart at 1 or
 * continue the previous count (1.–7. under （一）, 8.–13. under （二）).
 */
public final class OutlineDetector {
  /** A title spaced out one character at a time (总　体　要　求). */
  private static final Pattern LETTER_SPACED =
      Pattern.compile("\\p{IsHan}(?:[\\s\u3000]+\\p{IsHan})+");
  private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");
  private final HeadingRules rules;
  private final HeadingCandidates candidates;

  /** The outline detector of these heading rules, judging single lines with {@code candidates}. */
  public OutlineDetector(HeadingRules rules, HeadingCandidates candidates) {
    this.rules = rules;
    this.candidates = candidates;
  }

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
    int[] contents = tableOfContents(units);
    for (int i = 0; i < units.size(); i++) {
      if (!(units.get(i) instanceof Unit.Text unit)) {
        continue;
      }
      AlignedText text = unit.text();
      if (i > contents[0] && i < contents[1]) {
        Optional<HeadingCandidates.Candidate> listed = candidates.candidate(text);
        if (listed.isPresent()) {
          reject(decisions, text, listed.get().number().scheme().id(),
              "a line of the table of contents (目录) above the body");
        }
        continue;
      }
      Optional<HeadingCandidates.Candidate> found = candidates.candidate(text);
      // 第一章 on its own line, 发展基础 on the next: the next line is the title
      boolean titleBelow = false;
      if (found.isEmpty() && i + 1 < units.size() && units.get(i + 1) instanceof Unit.Text below) {
        found = candidates.numberOnly(text).filter(number -> isTitleLine(below.text()));
        titleBelow = found.isPresent();
      }
      if (found.isEmpty()) {
        continue;
      }
      HeadingCandidates.Candidate c = found.get();
      NumberMatch n = c.number();
      String scheme = n.scheme().id();
      Integer fixed = schemeLevel.get(n.scheme().id());
      if (fixed != null && n.value() == 1 && (fixed > depth + 1 || heldByAnother(levels, fixed, depth, scheme))) {
        // A scheme restarting at 1 lives under the heading just before it: 1. under （一） in one
        // chapter, though it first came right under 一、 in another (its level is where its run is).
        fixed = depth + 1;
        schemeLevel.put(scheme, fixed);
      }
      int level;
      boolean mistyped = false;
      if (fixed != null) {
        level = fixed;
        while (levels.size() < level) {
          levels.add(new Level());
        }
        Level state = levels.get(level - 1);
        if (!fits(state, n.value())) {
          reject(decisions, text, scheme, "number " + n.written() + " does not fit the running sequence at level "
              + level + (state.open ? " (last " + state.last + ")" : ""));
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
          if (n.value() != 1) {
            reject(decisions, text, scheme, "its scheme has no level yet and a new level starts at 1, not "
                + n.written());
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

      String title = text.clean().substring(c.titleStart(), c.titleEnd()).strip();
      int last = i;
      Span span = text.renderingSpan(0, c.titleEnd());
      if (titleBelow) {
        AlignedText below = ((Unit.Text) units.get(i + 1)).text();
        title = below.clean().strip();
        last = i + 1;
        span = new Span(span.start(), below.renderingSpan(0, below.length()).end());
      } else if (!c.runIn() && c.titleEnd() - c.titleStart() >= rules.wrapMinHeadingChars()
          && i + 1 < units.size() && units.get(i + 1) instanceof Unit.Text next
          && isWrapFragment(next.text())) {
        title = title + next.text().clean();
        last = i + 1;
        span = new Span(span.start(), next.text().renderingSpan(0, next.text().length()).end());
      }
      if (LETTER_SPACED.matcher(title).matches()) {
        title = SPACES.matcher(title).replaceAll(""); // 总　体　要　求, spaced out as short titles are
      }
      Section section = new Section(id, parentId, level, n.written(), title, text.line(), span);
      decisions.accept(Decision.Stage.HEADING, text.line(), span, text.clean(), id, scheme,
          "heading " + id + " level " + level + " number " + n.written() + " title " + title);
      headings.add(new Heading(section, i, last, c.runIn() && last == i ? c.titleEnd() : text.length()));
      i = last;
    }
    return new Outline(headings);
  }


  /**
   * The table of contents as [title unit, first body unit): from a 目录 line to the line that repeats
   * the first numbered line after it; {-1, -1} when there is none or its first line never repeats.
   */
  private int[] tableOfContents(List<Unit> units) {
    int title = -1;
    for (int i = 0; i < units.size() && title < 0; i++) {
      if (units.get(i) instanceof Unit.Text t && rules.tableOfContentsTitle().contains(TextNormalizer.key(t.text().clean()))) {
        title = i;
      }
    }
    if (title < 0) {
      return new int[] {-1, -1};
    }
    String first = null;
    for (int i = title + 1; i < units.size(); i++) {
      if (!(units.get(i) instanceof Unit.Text t)) {
        continue;
      }
      String key = TextNormalizer.key(t.text().clean());
      if (first == null && candidates.candidate(t.text()).isPresent()) {
        first = key;
      } else if (first != null && key.equals(first)) {
        return new int[] {title, i};
      }
    }
    return new int[] {-1, -1};
  }

  private static void reject(Decisions decisions, AlignedText text, String scheme, String reason) {
    decisions.reject(Decision.Stage.HEADING, text.line(), text.renderingSpan(0, text.length()), text.clean(), null,
        scheme, reason);
  }

  /** Whether the level a scheme had is open now, at or above the current depth, with another scheme. */
  private static boolean heldByAnother(List<Level> levels, int level, int depth, String scheme) {
    if (level > depth || level > levels.size()) {
      return false;
    }
    Level state = levels.get(level - 1);
    return state.open && state.schemeId != null && !state.schemeId.equals(scheme);
  }

  /** Whether a number may follow at this level: next, one skipped, a repeat, or a restart/continuation when reopened. */
  private static boolean fits(Level state, int value) {
    if (state.open) {
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

  /** A short line with no sentence punctuation and no number: the tail of a wrapped heading (…下 / 沉共享). */
  /** A line that can be the title of a number standing alone above it: short, no sentence punctuation, unnumbered. */
  private boolean isTitleLine(AlignedText line) {
    if (line.clean().isBlank() || line.length() > rules.maxTitleChars() || candidates.isNumbered(line)) {
      return false;
    }
    for (char c : line.folded().toCharArray()) {
      if (rules.wrapFragmentForbidden().indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  private boolean isWrapFragment(AlignedText next) {
    if (next.length() == 0 || next.length() > rules.wrapMaxFragmentChars()) {
      return false;
    }
    for (char c : next.folded().toCharArray()) {
      if (rules.wrapFragmentForbidden().indexOf(c) >= 0) {
        return false;
      }
    }
    return !candidates.isNumbered(next);
  }
}
