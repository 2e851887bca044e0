package org.planextract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.planextract.model.Region;
import org.planextract.model.RegionLevel;

/**
 * The gazetteer's hash look-up at each name length finds what scanning every region longest name
 * first finds: the leading run of names of a title, its most specific region, else the region
 * named earliest; of two regions of one name, the first in the file.
 */
class GazetteerLookupTest {
  private static final List<Gazetteer.Entry> SMALL = List.of(
      new Gazetteer.Entry("朝阳区", "北京市", RegionLevel.COUNTY),
      new Gazetteer.Entry("朝阳区", "吉林省", RegionLevel.COUNTY),
      new Gazetteer.Entry("北京市", "北京市", RegionLevel.PROVINCE),
      new Gazetteer.Entry("湖南省", "湖南省", RegionLevel.PROVINCE),
      new Gazetteer.Entry("长沙市", "湖南省", RegionLevel.CITY),
      new Gazetteer.Entry("长沙县", "湖南省", RegionLevel.COUNTY),
      new Gazetteer.Entry("长沙", "湖南省", RegionLevel.CITY));

  /** The plain search: every entry, longest name first, file order among equal lengths. */
  private static final class Reference {
    private final List<Gazetteer.Entry> byLength;

    Reference(List<Gazetteer.Entry> entries) {
      List<Gazetteer.Entry> sorted = new ArrayList<>(entries);
      sorted.sort(Comparator.comparingInt((Gazetteer.Entry e) -> -e.name().length()));
      byLength = sorted;
    }

    Gazetteer.Entry at(String title, int pos) {
      return byLength.stream().filter(e -> title.startsWith(e.name(), pos)).findFirst().orElse(null);
    }

    int leadingRun(String title) {
      int pos = 0;
      for (Gazetteer.Entry e = at(title, 0); e != null; e = at(title, pos)) {
        pos += e.name().length();
      }
      return pos;
    }

    Region find(String title) {
      Gazetteer.Entry last = null;
      int pos = 0;
      for (Gazetteer.Entry e = at(title, 0); e != null; e = at(title, pos)) {
        last = e;
        pos += e.name().length();
      }
      if (last == null) {
        int earliest = Integer.MAX_VALUE;
        for (Gazetteer.Entry e : byLength) {
          int i = title.indexOf(e.name());
          if (i >= 0 && i < earliest) {
            earliest = i;
            last = e;
          }
        }
      }
      return last == null ? Region.unknown() : new Region(last.name(), last.province(), last.level());
    }
  }

  @Test
  void sameNameTakesTheFirstInTheFileAndTheLongestNameWins() {
    Gazetteer g = new Gazetteer(SMALL);
    assertEquals(new Region("朝阳区", "北京市", RegionLevel.COUNTY), g.find("朝阳区卫生健康事业发展规划"));
    assertEquals(new Region("长沙县", "湖南省", RegionLevel.COUNTY), g.find("湖南省长沙县“十四五”规划"));
    assertEquals(6, g.leadingRun("湖南省长沙市卫生规划"));
    assertEquals(new Region("长沙市", "湖南省", RegionLevel.CITY), g.find("关于印发长沙市规划的通知"));
    assertEquals(Region.unknown(), g.find("某地规划"));
    assertEquals(Region.unknown(), g.find(""));
  }

  @Test
  void agreesWithScanningEveryRegionOnTitlesOfManyShapes() {
    List<Gazetteer.Entry> entries = new ArrayList<>(SMALL);
    entries.addAll(regionsOfTheRuleFiles());
    Gazetteer g = new Gazetteer(entries);
    Reference ref = new Reference(entries);
    Random random = new Random(15);
    String[] filler = {"", "“十四五”", "卫生健康", "发展规划", "关于印发", "人民政府", "的通知", "（2021—2025年）", "新区", "市"};
    for (int i = 0; i < 4000; i++) {
      StringBuilder title = new StringBuilder();
      int parts = 1 + random.nextInt(4);
      for (int k = 0; k < parts; k++) {
        if (random.nextBoolean()) {
          String name = entries.get(random.nextInt(entries.size())).name();
          title.append(random.nextInt(5) == 0 ? name.substring(0, name.length() - 1) : name);
        } else {
          title.append(filler[random.nextInt(filler.length)]);
        }
      }
      String t = title.toString();
      assertEquals(ref.find(t), g.find(t), t);
      assertEquals(ref.leadingRun(t), g.leadingRun(t), t);
    }
  }

  /** Every region of rules/regions.yaml (about 3,000 names, 2 to 15 characters). */
  private static List<Gazetteer.Entry> regionsOfTheRuleFiles() {
    List<Gazetteer.Entry> out = new ArrayList<>();
    try {
      JsonNode regions = new YAMLMapper().readTree(Path.of("rules/regions.yaml").toFile()).get("regions");
      for (JsonNode r : regions) {
        RegionLevel level = RegionLevel.valueOf(r.get("level").asText().toUpperCase(Locale.ROOT));
        out.add(new Gazetteer.Entry(r.get("name").asText(), r.get("province").asText(), level));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertTrue(out.size() > 1000, "regions: " + out.size());
    return out;
  }
}
