package org.planextract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planextract.model.DocumentPart;
import org.planextract.model.PartRole;

/**
 * Splits a file that holds several documents into its parts, so that only the plan is read as
 * plan text. A cover notice (关于印发…的通知 / 关于征求…意见的函, with 文号, 主送, 落款 and date)
 * ends where the plan's own title (or an 附件1 label before it) starts; the plan ends at the first
 * later attachment label (附件, 附件2, 附件：1．…) and each label starts an attachment.
 *
 * <pre>
 * 某市人民政府办公室关于印发某市“十四五”养老服务体系规划的通知   ← notice
 * …
 * 附件1
 * 某市“十四五”养老服务体系规划                                ← plan
 * 一、发展基础 …
 * 附件2                                                          ← attachment
 * 重点任务分工方案
 * </pre>
 */
public final class DocumentParts {
  /** What a title comparison ignores: spaces, book-title marks and quotes. */
  private static final Pattern KEY_DROPS = Pattern.compile("[\\s\u3000《》“”\"]");
  private final MetadataRules rules;

  public DocumentParts(MetadataRules rules) {
    this.rules = rules;
  }

  /** The parts, and the units [planStart, planEnd) of the plan. */
  public record Result(List<DocumentPart> parts, int planStart, int planEnd) {
    public Result {
      parts = List.copyOf(parts);
    }
  }

  public Result split(List<Unit> units) {
    if (units.isEmpty()) {
      return new Result(List.of(), 0, 0);
    }
    int noticeAt = -1;
    String planTitle = null;
    for (int i = 0; i < Math.min(units.size(), rules.headLines()); i++) {
      if (units.get(i) instanceof Unit.Text t) {
        Matcher m = rules.noticeTitle().matcher(t.text().clean());
        if (m.find()) {
          noticeAt = i;
          planTitle = rules.statusNote().matcher(m.group("title")).replaceAll("").strip();
          break;
        }
      }
    }
    int planStart = 0;
    List<DocumentPart> parts = new ArrayList<>();
    if (noticeAt >= 0) {
      planStart = planStartAfterNotice(units, noticeAt, planTitle);
      if (planStart > 0) {
        parts.add(new DocumentPart(PartRole.NOTICE, title(units, noticeAt), units.get(0).line(),
            units.get(planStart - 1).line()));
      }
    }
    int planEnd = units.size();
    for (int i = planStart + 1; i < units.size(); i++) {
      if (isAttachmentLabel(units.get(i))) {
        planEnd = i;
        break;
      }
    }
    parts.add(new DocumentPart(PartRole.PLAN, planTitle != null ? planTitle : title(units, planStart),
        units.get(planStart).line(), units.get(planEnd - 1).line()));
    int start = planEnd;
    while (start < units.size()) {
      int end = start + 1;
      while (end < units.size() && !isAttachmentLabel(units.get(end))) {
        end++;
      }
      String title = bareLabel(units.get(start)) && start + 1 < end ? title(units, start + 1) : title(units, start);
      parts.add(new DocumentPart(PartRole.ATTACHMENT, title, units.get(start).line(), units.get(end - 1).line()));
      start = end;
    }
    return new Result(parts, planStart, planEnd);
  }

  /** The plan's title line (or the 附件 label just above it) after the notice; 0 when not found. */
  private int planStartAfterNotice(List<Unit> units, int noticeAt, String planTitle) {
    String wanted = key(planTitle);
    for (int i = noticeAt + 1; i < units.size(); i++) {
      if (units.get(i) instanceof Unit.Text t) {
        String line = key(rules.statusNote().matcher(t.text().clean()).replaceAll(""));
        if (!wanted.isEmpty() && line.equals(wanted)) {
          return i > noticeAt + 1 && bareLabel(units.get(i - 1)) ? i - 1 : i;
        }
      }
    }
    return 0;
  }

  private boolean isAttachmentLabel(Unit unit) {
    return unit instanceof Unit.Text t && rules.attachmentLabel().matcher(t.text().folded()).lookingAt();
  }

  private boolean bareLabel(Unit unit) {
    return unit instanceof Unit.Text t && rules.attachmentLabel().matcher(t.text().folded()).matches();
  }

  private static String title(List<Unit> units, int i) {
    return units.get(i) instanceof Unit.Text t ? t.text().clean() : null;
  }

  private static String key(String s) {
    return s == null ? "" : KEY_DROPS.matcher(s).replaceAll("");
  }
}
