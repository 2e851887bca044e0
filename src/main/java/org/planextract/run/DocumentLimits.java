package org.planextract.run;

import java.util.ArrayList;
import java.util.List;
import org.planextract.model.ErrorCode;
import org.planextract.model.PlanDocument;
import org.planextract.model.RunLimits;
import org.planextract.model.Warning;
import org.planextract.model.WarningCode;
import org.planextract.problems.PlanExtractException;
import org.planextract.read.Block;
import org.planextract.read.SourceText;
import org.planextract.read.TableBlock;

/**
 * Applies a run's per-document limits: on the text a reader produced (hard limits, checked before
 * any stage runs, so a document past them costs milliseconds) and on the finished document (the
 * target list is cut with a warning; too many headings is a hard limit). Each failure names the
 * limit, e.g. {@code LIMIT_EXCEEDED: 6000000 characters after reading, over max-chars 5000000}.
 */
final class DocumentLimits {
  private final RunLimits limits;

  DocumentLimits(RunLimits limits) {
    this.limits = limits;
  }

  void check(SourceText text) {
    over(text.text().length(), limits.maxChars(), "characters after reading", "max-chars");
    over(text.blocks().size(), limits.maxBlocks(), "paragraphs and tables", "max-paragraphs");
    long cells = 0;
    for (Block block : text.blocks()) {
      if (block instanceof TableBlock table) {
        over(table.rows().size(), limits.maxTableRows(), "rows in one table", "max-table-rows");
        for (var row : table.rows()) {
          cells += row.size();
        }
        over(cells, limits.maxTableCells(), "table cells", "max-table-cells");
      }
    }
  }

  PlanDocument cap(PlanDocument doc) {
    over(doc.sections().size(), limits.maxSections(), "headings", "max-sections");
    if (doc.targets().size() <= limits.maxTargets()) {
      return doc;
    }
    List<Warning> warnings = new ArrayList<>(doc.warnings());
    warnings.add(new Warning(WarningCode.LIMIT_TRUNCATED, doc.targets().size() + " targets; only the first "
        + limits.maxTargets() + " are kept (max-targets)", null));
    return new PlanDocument(doc.schemaVersion(), doc.docId(), doc.source(), doc.title(), doc.region(),
        doc.period(), doc.status(), doc.parts(), doc.sections(), doc.boxes(), doc.tables(), doc.indicators(),
        doc.targets().subList(0, limits.maxTargets()), warnings, doc.reconciliation());
  }

  private static void over(long actual, long limit, String what, String name) {
    if (actual > limit) {
      throw new PlanExtractException(ErrorCode.LIMIT_EXCEEDED,
          actual + " " + what + ", over " + name + " " + limit);
    }
  }
}
