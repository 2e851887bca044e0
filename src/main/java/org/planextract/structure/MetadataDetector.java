package org.planextract.structure;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import org.planextract.model.Period;
import org.planextract.model.Region;
import org.planextract.model.RegionLevel;
import org.planextract.model.Status;
import org.planextract.numerals.ChineseNumerals;
import org.planextract.read.HeadingHint;

/**
 * Reads a plan's title (the first line, or the line styled as title near the top, less a status
 * note such as （征求意见稿）), its status (draft when the head of the document says 征求意见稿), its
 * region (gazetteer) and its period (十四五 → 2021–2025, or an explicit year range).
 */
public final class MetadataDetector {
  /** Five-year plans from the third (1966–1970) on run back to back. */
  private static final int THIRD_PLAN_START = 1966;

  private final Gazetteer gazetteer;
  private final MetadataRules rules;
  private final ChineseNumerals numerals = new ChineseNumerals();

  public MetadataDetector(Gazetteer gazetteer, MetadataRules rules) {
    this.gazetteer = gazetteer;
    this.rules = rules;
  }

  public Metadata detect(List<Unit> units) {
    List<Unit.Text> head = units.stream().filter(u -> u instanceof Unit.Text)
        .map(u -> (Unit.Text) u).limit(rules.headLines()).toList();
    // The title: a line styled as title, else the first line naming a plan (规划, 计划 …: pages put
    // 发文字号 and the like above it), else the first line.
    Unit.Text titleLine = head.stream().filter(t -> t.hint() == HeadingHint.TITLE).findFirst()
        .or(() -> head.stream().filter(t -> t.text().length() <= rules.maxTitleChars()
            && rules.titleWords().stream().anyMatch(w -> t.text().clean().contains(w))).findFirst())
        .or(() -> head.stream().findFirst())
        .orElse(null);
    int titleIndex = titleLine == null ? 0 : head.indexOf(titleLine);
    String title = titleLine == null ? "" : titleLine.text().clean();
    Matcher notice = rules.noticeTitle().matcher(title);
    if (notice.find()) {
      // 某市人民政府关于印发某市“十四五”卫生健康规划的通知 → the plan itself.
      title = notice.group("title");
    }
    boolean draft = head.stream().limit(titleIndex + 3L)
        .anyMatch(t -> rules.draftMarkers().stream().anyMatch(w -> t.text().clean().contains(w)));
    String cleanTitle = rules.statusNote().matcher(title).replaceAll("").strip();
    Region region = region(cleanTitle, titleLine == null ? "" : titleLine.text().clean(), head.subList(0, titleIndex));
    Period period = period(cleanTitle);
    if (period == null) {
      for (Unit.Text t : head) {
        period = period(t.text().folded());
        if (period != null) {
          break;
        }
      }
    }
    return new Metadata(cleanTitle.isEmpty() ? null : cleanTitle, region, period,
        draft ? Status.DRAFT : Status.FINAL);
  }

  /**
   * The region the title names, else the one a line above the title names (the issuer of a page
   * that prints 发文机关 above “十四五”中医药发展规划), else national when the title line (a notice of
   * 国务院办公厅 included) or a line above it says so (国务院, 全国, 国家).
   */
  private Region region(String title, String titleLine, List<Unit.Text> above) {
    Region region = withDistrict(title);
    for (int i = 0; i < above.size() && region.name() == null; i++) {
      region = withDistrict(above.get(i).text().clean());
    }
    if (region.name() == null) {
      boolean national = rules.nationalMarkers().stream().anyMatch(w -> titleLine.contains(w)
          || above.stream().anyMatch(t -> t.text().clean().contains(w)));
      if (national) {
        return new Region(null, null, RegionLevel.NATIONAL);
      }
    }
    return region;
  }

  /**
   * The region a line names, or the urban district named where its leading region names end
   * (北京市海淀区… → 海淀区 in 北京市, county level; 海淀区国民经济… → 海淀区, province unknown).
   */
  private Region withDistrict(String line) {
    Region region = gazetteer.find(line);
    int run = gazetteer.leadingRun(line);
    Matcher district = rules.districtName().matcher(line).region(run, line.length());
    if (district.lookingAt()) {
      return new Region(district.group("name"), run == 0 ? null : region.province(), RegionLevel.COUNTY);
    }
    return region;
  }

  private Period period(String text) {
    Matcher range = rules.yearRange().matcher(text);
    if (range.find()) {
      int start = Integer.parseInt(range.group("start"));
      int end = Integer.parseInt(range.group("end"));
      if (end >= start) {
        return new Period(start, end);
      }
    }
    Matcher plan = rules.fiveYearPlan().matcher(text);
    if (plan.find()) {
      OptionalInt n = numerals.parse(plan.group("n"));
      if (n.isPresent() && n.getAsInt() >= 3) {
        int start = THIRD_PLAN_START + 5 * (n.getAsInt() - 3);
        return new Period(start, start + 4);
      }
    }
    return null;
  }
}
