package org.planextract.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.planextract.eval.DocumentScore;
import org.planextract.eval.Evaluator;
import org.planextract.eval.Mismatch;
import org.planextract.model.ErrorCode;
import org.planextract.problems.PlanExtractException;

/**
 * Compares two extract outputs plan by plan. Items are matched on their line (and, for targets,
 * their indicator): same line and eval key is the same item; same line, other key or fields is a
 * change; the rest are added or removed. With a fixture folder, each difference is classified by
 * comparing the eval mismatches of the two runs: a miss of A that B no longer has was fixed, a
 * miss only B has is a broken hit, and likewise for extras.
 */
public final class RunDiff {
  static final List<String> ARRAYS = List.of("sections", "boxes", "indicators", "targets");
  private static final Set<String> IGNORED = Set.of("id", "parentId", "sectionId", "tableId", "span", "line");

  private final ObjectMapper mapper = new ObjectMapper();

  /** All differences, per plan in docId order; {@code fixtures} may be null. */
  public List<ItemChange> compare(Path a, Path b, Path fixtures) {
    Set<String> docIds = new TreeSet<>(plans(a));
    docIds.addAll(plans(b));
    List<ItemChange> out = new ArrayList<>();
    for (String docId : docIds) {
      Optional<JsonNode> da = read(a.resolve(docId + ".json"));
      Optional<JsonNode> db = read(b.resolve(docId + ".json"));
      Optional<JsonNode> fixture = fixtures == null ? Optional.empty() : read(fixtures.resolve(docId + ".expected.json"));
      List<Mismatch> ma = fixture.map(f -> score(docId, f, da)).orElse(List.of());
      List<Mismatch> mb = fixture.map(f -> score(docId, f, db)).orElse(List.of());
      for (String array : ARRAYS) {
        List<JsonNode> ia = items(da, array);
        List<JsonNode> ib = items(db, array);
        diff(docId, array, ia, ib, ma, mb, out);
      }
    }
    return out;
  }

  private List<Mismatch> score(String docId, JsonNode fixture, Optional<JsonNode> doc) {
    DocumentScore s = new Evaluator().score(docId, fixture, doc);
    return s.mismatches();
  }

  private static void diff(String docId, String array, List<JsonNode> a, List<JsonNode> b, List<Mismatch> ma,
      List<Mismatch> mb, List<ItemChange> out) {
    List<JsonNode> restB = new ArrayList<>(b);
    List<JsonNode> restA = new ArrayList<>();
    for (JsonNode x : a) {
      JsonNode same = take(restB, y -> identity(array, y).equals(identity(array, x)) && content(y).equals(content(x)));
      if (same == null) {
        restA.add(x);
      }
    }
    for (Iterator<JsonNode> it = restA.iterator(); it.hasNext(); ) {
      JsonNode x = it.next();
      JsonNode other = take(restB, y -> identity(array, y).equals(identity(array, x)));
      if (other != null) {
        it.remove();
        String ka = Evaluator.itemKey(array, x);
        String kb = Evaluator.itemKey(array, other);
        out.add(new ItemChange(docId, array, ItemChange.Kind.CHANGED, line(other), ka.equals(kb) ? kb : ka + " → " + kb,
            fieldsChanged(x, other), effect(array, ka, kb, ma, mb)));
      }
    }
    for (JsonNode x : restA) {
      String k = Evaluator.itemKey(array, x);
      out.add(new ItemChange(docId, array, ItemChange.Kind.REMOVED, line(x), k, null, effect(array, k, null, ma, mb)));
    }
    for (JsonNode y : restB) {
      String k = Evaluator.itemKey(array, y);
      out.add(new ItemChange(docId, array, ItemChange.Kind.ADDED, line(y), k, null, effect(array, null, k, ma, mb)));
    }
  }

  /** What replacing item key {@code before} (null: none) by {@code after} (null: none) did to the score. */
  private static ItemChange.Effect effect(String array, String before, String after, List<Mismatch> ma, List<Mismatch> mb) {
    for (String key : new String[] {after, before}) {
      if (key == null) {
        continue;
      }
      boolean missA = has(ma, array, Mismatch.Kind.MISS, key);
      boolean missB = has(mb, array, Mismatch.Kind.MISS, key);
      boolean extraA = has(ma, array, Mismatch.Kind.EXTRA, key);
      boolean extraB = has(mb, array, Mismatch.Kind.EXTRA, key);
      if (missA && !missB) {
        return ItemChange.Effect.FIXED_MISS;
      }
      if (!missA && missB) {
        return ItemChange.Effect.BROKE_HIT;
      }
      if (extraA && !extraB) {
        return ItemChange.Effect.REMOVED_EXTRA;
      }
      if (!extraA && extraB) {
        return ItemChange.Effect.NEW_EXTRA;
      }
    }
    return null;
  }

  private static boolean has(List<Mismatch> ms, String array, Mismatch.Kind kind, String key) {
    return ms.stream().anyMatch(m -> m.field().equals(array) && m.kind() == kind && m.item().equals(key));
  }

  private static JsonNode take(List<JsonNode> from, java.util.function.Predicate<JsonNode> p) {
    for (Iterator<JsonNode> it = from.iterator(); it.hasNext(); ) {
      JsonNode n = it.next();
      if (p.test(n)) {
        it.remove();
        return n;
      }
    }
    return null;
  }

  /** Where an item is: its line, and for targets the indicator too (a line can state several). */
  private static String identity(String array, JsonNode n) {
    String line = n.path("line").asText();
    return array.equals("targets") ? line + " " + n.path("indicator").asText() : line;
  }

  private static String content(JsonNode n) {
    StringBuilder sb = new StringBuilder();
    n.fields().forEachRemaining(e -> {
      if (!IGNORED.contains(e.getKey())) {
        sb.append(e.getKey()).append('=').append(e.getValue()).append(';');
      }
    });
    return sb.toString();
  }

  private static String fieldsChanged(JsonNode a, JsonNode b) {
    List<String> out = new ArrayList<>();
    Set<String> names = new TreeSet<>();
    a.fieldNames().forEachRemaining(names::add);
    b.fieldNames().forEachRemaining(names::add);
    for (String f : names) {
      if (!IGNORED.contains(f) && !a.path(f).equals(b.path(f))) {
        out.add(f + ": " + show(a.path(f)) + " → " + show(b.path(f)));
      }
    }
    return String.join("; ", out);
  }

  private static String show(JsonNode n) {
    if (n.isMissingNode() || n.isNull()) {
      return "none";
    }
    if (n.isObject() && n.has("raw")) {
      return n.get("raw").asText();
    }
    return n.isTextual() ? n.asText() : n.toString();
  }

  private static Integer line(JsonNode n) {
    return n.path("line").canConvertToInt() ? n.get("line").asInt() : null;
  }

  private static List<JsonNode> items(Optional<JsonNode> doc, String array) {
    List<JsonNode> out = new ArrayList<>();
    doc.ifPresent(d -> d.path(array).forEach(out::add));
    return out;
  }

  /** The docIds of the plan files in an output folder (every .json but manifest.json). */
  private static List<String> plans(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new PlanExtractException(ErrorCode.UNREADABLE_INPUT, dir + ": no such folder");
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json") && !n.equals("manifest.json") && !n.startsWith("."))
          .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
    } catch (IOException e) {
      throw new PlanExtractException(ErrorCode.UNREADABLE_INPUT, dir + ": cannot list (" + e.getMessage() + ")", e);
    }
  }

  private Optional<JsonNode> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(mapper.readTree(file.toFile()));
    } catch (IOException e) {
      throw new PlanExtractException(ErrorCode.UNREADABLE_INPUT,
          file + ": not readable JSON (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
    }
  }
}
