package org.planextract.variants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.planextract.read.HtmlRules;
import org.planextract.variants.PlanText.Block;

/**
 * Rewrites each corpus plan (with its fixture) and each golden case (.txt or .html) into one
 * variant per applicable convention, seeded and deterministic, carrying the labels through.
 */
public final class VariantGenerator {
  private final ObjectMapper mapper = new ObjectMapper();

  /** A source plan (its blocks, and for a page the page around its article) and its labels. */
  record Source(String id, List<Block> blocks, String htmlShell, ObjectNode labels) {}

  /** One generated variant. */
  record Variant(String sourceId, Convention convention, PlanText plan) {
    String id() {
      return sourceId + "~" + convention.id();
    }
  }

  static List<Convention> conventions() {
    List<Convention> all = new ArrayList<>();
    all.addAll(new NumberingConventions().all());
    all.addAll(new DocumentConventions().all());
    all.addAll(new TableConventions().all());
    all.addAll(new ValueConventions().all());
    all.addAll(new BoxConventions().all());
    all.addAll(new TargetConventions().all());
    all.addAll(new PeriodConventions().all());
    all.add(new Convention("combo-notice-chapters-shuffled", "combined", "notice + 第X章/第X节 + shuffled table + empty merges",
        (p, r) -> DocumentConventions.notice(p, true, true)
            && NumberingConventions.renumber(p, new NumberingConventions.Scheme[] {NumberingConventions.ZHANG,
                NumberingConventions.JIE, NumberingConventions.DUN, NumberingConventions.PAREN}, false)
            && conventionById("tab-shuffled-columns").rewrite().apply(p, r)
            && conventionById("tab-empty-merges").rewrite().apply(p, r)));
    return all;
  }

  static Convention conventionById(String id) {
    return Stream.of(new NumberingConventions().all(), new DocumentConventions().all(), new TableConventions().all(),
            new ValueConventions().all(), new BoxConventions().all(), new TargetConventions().all(),
            new PeriodConventions().all())
        .flatMap(List::stream).filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  /**
   * The corpus plans with their fixtures, then the golden cases: a .txt case as it is, an .html
   * case as the reader renders it (the lines its expected.json points at) inside its own page.
   */
  List<Source> sources(Path corpus, Path fixtures, Path golden, HtmlRules htmlRules) {
    List<Source> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String id = txt.getFileName().toString().replace(".txt", "");
        ObjectNode labels = (ObjectNode) mapper.readTree(fixtures.resolve(id + ".expected.json").toFile());
        out.add(new Source(id, new TxtLayout().parse(Files.readString(txt, StandardCharsets.UTF_8)), null, labels));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Stream<Path> cases = Files.list(golden)) {
      for (Path dir : cases.sorted().toList()) {
        String id = "golden-" + dir.getFileName();
        Path txt = dir.resolve("input.txt");
        Path html = dir.resolve("input.html");
        ObjectNode labels = goldenLabels((ObjectNode) mapper.readTree(dir.resolve("expected.json").toFile()));
        if (Files.isRegularFile(txt)) {
          out.add(new Source(id, new TxtLayout().parse(Files.readString(txt, StandardCharsets.UTF_8)), null, labels));
        } else if (Files.isRegularFile(html)) {
          HtmlLayout.Page page = new HtmlLayout(htmlRules).read(Files.readAllBytes(html));
          out.add(new Source(id, page.blocks(), page.shell(), labels));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A golden expected.json as fixture labels: the scored fields only, facts left out. */
  private ObjectNode goldenLabels(ObjectNode expected) {
    ObjectNode labels = mapper.createObjectNode();
    for (String f : List.of("docId", "title", "status")) {
      labels.set(f, expected.get(f));
    }
    ObjectNode region = labels.putObject("region");
    region.set("name", expected.path("region").path("name"));
    region.set("province", expected.path("region").path("province"));
    labels.set("sections", expected.get("sections"));
    labels.set("boxes", expected.get("boxes"));
    var inds = labels.putArray("indicators");
    for (JsonNode i : expected.get("indicators")) {
      ObjectNode copy = ((ObjectNode) i).deepCopy();
      copy.retain("seq", "parentSeq", "category", "name", "unit", "unitInferred", "nature", "canonicalId", "baseline",
          "target", "line");
      for (String v : List.of("baseline", "target")) {
        if (copy.get(v) instanceof ObjectNode value) {
          value.remove(List.of("unit", "year", "reference"));
          List<String> nulls = new ArrayList<>();
          value.fields().forEachRemaining(e -> {
            if (e.getValue().isNull() && !e.getKey().equals("op")) {
              nulls.add(e.getKey());
            }
          });
          value.remove(nulls);
        }
      }
      inds.add(copy);
    }
    var targets = labels.putArray("targets");
    for (JsonNode t : expected.get("targets")) {
      if (t.path("kind").asText().equals("target")) {
        targets.add(t);
      }
    }
    return labels;
  }

  List<Variant> variants(Source source, List<Convention> conventions) {
    List<Variant> out = new ArrayList<>();
    PlanText base = new PlanText(source.blocks(), source.labels());
    base.htmlShell = source.htmlShell();
    out.add(new Variant(source.id(), new Convention("original", "original", "the plan as it is", (p, r) -> true),
        prepare(base.copy())));
    for (Convention c : conventions) {
      PlanText p = base.copy();
      Random random = new Random((source.id() + "/" + c.id()).hashCode());
      if (c.rewrite().apply(p, random)) {
        out.add(new Variant(source.id(), c, prepare(p)));
      }
    }
    return out;
  }

  /** Marks the category column of indicator tables as merged cells for .docx and .html. */
  private static PlanText prepare(PlanText p) {
    for (IndicatorGrid g : IndicatorGrid.of(p)) {
      g.grid.mergeColumns.clear();
      if (g.category >= 0) {
        g.grid.mergeColumns.add(g.category);
      }
    }
    return p;
  }
}
