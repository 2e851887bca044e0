package org.planextract.structure;

import java.util.ArrayList;
import java.util.List;
import org.planextract.normalize.AlignedText;
import org.planextract.normalize.TextNormalizer;
import org.planextract.read.Block;
import org.planextract.read.HeadingHint;
import org.planextract.read.Paragraph;
import org.planextract.read.SourceText;
import org.planextract.read.TableBlock;

/**
 * A document body element as the structure stages see it: a normalized paragraph or a table as
 * read, or, once the region stage has grouped them, a 专栏 region.
 */
public sealed interface Unit permits Unit.Text, Unit.Tab, Unit.BoxRegion {
  int line();

  /** A paragraph, normalized once, with the reader's heading hint. */
  record Text(AlignedText text, HeadingHint hint) implements Unit {
    @Override
    public int line() {
      return text.line();
    }
  }

  /**
   * A table or text box, normalized once: {@code lines} are its non-empty cell lines in reading
   * order (rows, then cells), {@code cells} the text of each cell, row by row, as {@link CellText}
   * joins it.
   */
  record Tab(TableBlock table, List<AlignedText> lines, List<List<String>> cells) implements Unit {
    public Tab {
      lines = List.copyOf(lines);
      cells = cells.stream().map(List::copyOf).toList();
    }

    @Override
    public int line() {
      return table.line();
    }
  }

  /**
   * A 专栏 region found by {@link RegionDetector}: its label line and the lines after it, in order.
   * {@code tabular} when it was drawn as a table or text box (one or more, over pages), otherwise
   * it was a label paragraph and the plain paragraphs that follow it.
   */
  record BoxRegion(List<AlignedText> lines, boolean tabular) implements Unit {
    public BoxRegion {
      lines = List.copyOf(lines);
      if (lines.isEmpty()) {
        throw new IllegalArgumentException("a box region has at least its label line");
      }
    }

    @Override
    public int line() {
      return lines.get(0).line();
    }
  }

  /**
   * The units of a source, in order, each normalized once (the only place text is normalized for
   * the stages); paragraphs that normalize to nothing are left out.
   */
  static List<Unit> of(SourceText source, TextNormalizer normalizer) {
    List<Unit> units = new ArrayList<>(source.blocks().size());
    for (Block block : source.blocks()) {
      if (block instanceof Paragraph p) {
        AlignedText text = normalizer.normalize(p.text());
        if (text.length() > 0) {
          units.add(new Text(text, p.hint()));
        }
      } else if (block instanceof TableBlock t) {
        CellText cellText = new CellText(normalizer);
        List<AlignedText> lines = t.contentLines().stream().map(normalizer::normalize).toList();
        List<List<String>> cells = t.rows().stream().map(row -> row.stream().map(cellText::of).toList()).toList();
        units.add(new Tab(t, lines, cells));
      }
    }
    return List.copyOf(units);
  }
}
