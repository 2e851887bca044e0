package org.planextract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes N plausible plans from the corpus for scale runs: each copy gets another city's name
 * (from the gazetteer), its body paragraphs shuffled within their section, its table captions
 * renumbered and its indicator values nudged. Deterministic for a seed.
 *
 * <pre>java -cp target/test-classes:target/plan-extract.jar org.planextract.ScaleCorpusGenerator 1000 /tmp/scale</pre>
 */
public final class ScaleCorpusGenerator {
  private static final Pattern CITY = Pattern.compile("^(?:\\[bookmark: [^\\]]*\\])?([\\p{IsHan}]{2,6}?[市县区])");
  private static final Pattern DECIMAL = Pattern.compile("(?<=\\t[＜＞≥≤<>]?)([0-9]+)\\.([0-9]+)$");
  private static final Pattern CAPTION = Pattern.compile("^表\\s*[0-9]+");
  private static final Pattern HEADING = Pattern.compile("^(?:第.{1,3}[章节]|[一二三四五六七八九十]+、|[（(].{1,3}[)）]|[0-9]+[.．、])");

  private final Random random;
  private final List<String> cities;

  ScaleCorpusGenerator(long seed, List<String> cities) {
    this.random = new Random(seed);
    this.cities = cities;
  }

  public static void main(String[] args) throws IOException {
    int count = Integer.parseInt(args[0]);
    Path out = Files.createDirectories(Path.of(args[1]));
    List<String> cities = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("rules/regions.yaml"), StandardCharsets.UTF_8)) {
      Matcher m = Pattern.compile("name: ([^,]+市), province: [^,]+, level: city").matcher(line);
      if (m.find()) {
        cities.add(m.group(1));
      }
    }
    new ScaleCorpusGenerator(7, cities).generate(count, TestCorpus.CORPUS, out);
  }

  void generate(int count, Path corpus, Path out) throws IOException {
    List<String> plans = new ArrayList<>();
    for (String docId : TestCorpus.docIds()) {
      plans.add(Files.readString(corpus.resolve(docId + ".txt"), StandardCharsets.UTF_8));
    }
    for (int i = 0; i < count; i++) {
      String plan = plans.get(i % plans.size());
      Files.writeString(out.resolve(String.format("plan_%05d.txt", i)), perturb(plan), StandardCharsets.UTF_8);
    }
  }

  String perturb(String plan) {
    String[] lines = plan.split("\n", -1);
    String city = null;
    for (String l : lines) {
      Matcher m = CITY.matcher(l.strip());
      if (!l.isBlank()) {
        city = m.find() ? m.group(1) : null;
        break;
      }
    }
    String other = cities.get(random.nextInt(cities.size()));
    List<String> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (String line : lines) {
      String bare = line.replaceAll("\\[bookmark: [^\\]]*\\]", "");
      boolean body = !line.isEmpty() && !line.startsWith("\t") && !HEADING.matcher(bare).find() && line.length() > 40;
      if (body) {
        run.add(line);
        continue;
      }
      flush(run, out);
      String l = line;
      if (CAPTION.matcher(l).find()) {
        l = CAPTION.matcher(l).replaceFirst("表" + (1 + random.nextInt(9)));
      }
      Matcher d = DECIMAL.matcher(l);
      if (d.find()) {
        int frac = Integer.parseInt(d.group(2)) + random.nextInt(3);
        l = d.replaceFirst(d.group(1) + "." + frac);
      }
      out.add(l);
    }
    flush(run, out);
    String text = String.join("\n", out);
    return city == null ? text : text.replace(city, other);
  }

  private void flush(List<String> run, List<String> out) {
    java.util.Collections.shuffle(run, random);
    out.addAll(run);
    run.clear();
  }
}
