package org.planextract.structure;

import java.util.ArrayList;
import java.util.List;
import org.planextract.decision.Decision;
import org.planextract.normalize.TextNormalizer;
import org.planextract.decision.Decisions;
import org.planextract.model.Section;
import org.planextract.model.Table;
import org.planextract.model.TableKind;
import org.planextract.read.Cell;
import org.planextract.read.TableBlock;

/**
 * Turns the tables the region stage left (not 专栏 boxes) into {@link Table}s: header rows (one, or two when the
 * second holds only year or value-column words, as 指标值 over 2020年 | 2025年), body rows with
 * merged cells filled, the caption line above, the section and the kind.
 */
public final class TableBuilder {
  private final TableRules rules;

  public TableBuilder(TableRules rules) {
    this.rules = rules;
  }

  /**
   * A built table together with the tables as read it was made from (more than one when it was
   * broken over pages) and the rendering line of each body row.
   */
  public record Built(Table table, List<TableBlock> blocks, List<Integer> bodyLines) {
    public Built {
      blocks = List.copyOf(blocks);
      bodyLines = List.copyOf(bodyLines);
    }

    /** Whether this table was made from {@code block} (the very object read, not an equal one). */
    public boolean madeFrom(TableBlock block) {
      return blocks.stream().anyMatch(b -> b == block);
    }
  }

  /** The tables of a document (its {@link Unit.Tab}s); each one built is an accepted decision. */
  public List<Built> build(List<Unit> units, Outline outline, Decisions decisions) {
    List<Built> tables = new ArrayList<>();
    int lastTableUnit = -2;
    for (int i = 0; i < units.size(); i++) {
      if (!(units.get(i) instanceof Unit.Tab tab)) {
        continue;
      }
      List<List<String>> grid = new ArrayList<>();
      List<Integer> lines = new ArrayList<>();
      for (int r = 0; r < tab.table().rows().size(); r++) {
        List<Cell> row = tab.table().rows().get(r);
        List<String> texts = tab.cells().get(r);
        if (texts.stream().allMatch(String::isEmpty)) {
          continue;
        }
        grid.add(texts);
        lines.add(rowLine(row, tab.table().line()));
      }
      if (grid.isEmpty()) {
        continue;
      }
      boolean adjacent = lastTableUnit == i - 1;
      lastTableUnit = i;
      if (adjacent && continues(tables.get(tables.size() - 1), grid)) {
        // A table broken over pages: the next part follows at once, without a header of its own.
        Built previous = tables.remove(tables.size() - 1);
        List<List<String>> rows = new ArrayList<>(previous.table().rows());
        rows.addAll(grid);
        List<Integer> bodyLines = new ArrayList<>(previous.bodyLines());
        bodyLines.addAll(lines);
        Table t = previous.table();
        List<TableBlock> blocks = new ArrayList<>(previous.blocks());
        blocks.add(tab.table());
        tables.add(new Built(new Table(t.id(), t.kind(), t.caption(), t.sectionId(), t.header(), rows, t.line()),
            blocks, bodyLines));
        continue;
      }
      int headerRows = 1;
      if (grid.size() > 2 && isSubHeader(grid.get(0), grid.get(1))) {
        headerRows = 2;
      }
      String caption = caption(units, i, outline);
      List<List<String>> header = grid.subList(0, headerRows);
      List<List<String>> body = grid.subList(headerRows, grid.size());
      TableKind kind = kind(header, caption);
      String sectionId = outline.sectionAt(i).map(Section::id).orElse(null);
      Table table = new Table("t" + (tables.size() + 1), kind, caption, sectionId, header, body,
          tab.table().line());
      tables.add(new Built(table, List.of(tab.table()), lines.subList(headerRows, lines.size())));
    }
    for (Built b : tables) {
      Table t = b.table();
      decisions.accept(Decision.Stage.TABLE, t.line(), null, String.valueOf(t.caption()), t.id(), "tables.kinds",
          "table " + t.id() + " kind " + t.kind().wire() + ", caption " + t.caption() + ", " + t.rows().size()
              + " body rows");
    }
    return List.copyOf(tables);
  }

  /**
   * Whether a table right after another (no paragraph between) is the rest of it: the one before
   * has a kind, this one as many columns as its body, and its first row names no kind (no header
   * words).
   */
  private boolean continues(Built previous, List<List<String>> grid) {
    if (previous.table().kind() == TableKind.OTHER) {
      return false;
    }
    int width = previous.table().rows().stream().mapToInt(List::size).max().orElse(-1);
    int mine = grid.stream().mapToInt(List::size).max().orElse(-2);
    return width == mine && kind(List.of(grid.get(0)), null) == TableKind.OTHER;
  }

  /** The line of a row: that of its first non-empty cell. */
  private static int rowLine(List<Cell> row, int fallback) {
    for (Cell cell : row) {
      if (!cell.contentLines().isEmpty()) {
        return cell.contentLines().get(0).line();
      }
    }
    return row.isEmpty() || row.get(0).lines().isEmpty() ? fallback : row.get(0).lines().get(0).line();
  }

  /**
   * Whether the second row only names value columns. A cell repeating one of the row above is a
   * vertical merge (its position may be shifted by a horizontal merge above it).
   */
  private boolean isSubHeader(List<String> above, List<String> row) {
    boolean any = false;
    for (String cell : row) {
      if (cell.isEmpty() || above.contains(cell)) {
        continue;
      }
      if (!rules.subHeaderCell().matcher(TextNormalizer.fold(cell)).matches()) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * The line right above a table, when it reads as a caption: a paragraph that is no heading, or
   * a 专栏 label standing alone above the table (专栏1 主要指标, then the table: the box is the table).
   */
  private String caption(List<Unit> units, int index, Outline outline) {
    if (index == 0 || outline.isHeading(index - 1)) {
      return null;
    }
    String clean;
    if (units.get(index - 1) instanceof Unit.Text text) {
      clean = text.text().clean();
    } else if (units.get(index - 1) instanceof Unit.BoxRegion box && !box.tabular() && box.lines().size() == 1) {
      clean = box.lines().get(0).clean();
    } else {
      return null;
    }
    if (clean.length() > rules.captionMaxChars() || rules.captionEnders().stream().anyMatch(clean::endsWith)) {
      return null;
    }
    return clean;
  }

  private TableKind kind(List<List<String>> header, String caption) {
    StringBuilder words = new StringBuilder(caption == null ? "" : caption);
    header.forEach(row -> row.forEach(cell -> words.append(' ').append(TextNormalizer.fold(cell))));
    String haystack = words.toString().replace(" ", "");
    for (TableKindRule rule : rules.kinds()) {
      long hits = rule.words().stream().filter(haystack::contains).count();
      if (hits >= rule.minHits()) {
        return rule.kind();
      }
    }
    return TableKind.OTHER;
  }
}
