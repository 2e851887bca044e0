package org.planextract.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.planextract.model.ErrorCode;
import org.planextract.problems.PlanExtractException;
import org.planextract.rules.RuleFiles.HtmlFile;
import org.planextract.rules.RuleFiles.IndicatorsFile;
import org.planextract.rules.RuleFiles.MacrosFile;
import org.planextract.rules.RuleFiles.MetadataFile;
import org.planextract.rules.RuleFiles.RegionsFile;
import org.planextract.rules.RuleFiles.StructureFile;
import org.planextract.rules.RuleFiles.TablesFile;
import org.planextract.rules.RuleFiles.TargetsFile;
import org.planextract.rules.RuleFiles.ValuesFile;

/**
 * Binds the nine rule files (in {@link RuleLoader#FILES} order) to their records, strictly: unknown
 * and duplicate keys are errors. regions.yaml, the gazetteer and three quarters of the bytes, is
 * parsed on a second thread while the caller checksums the files and parses the rest; problems are reported in file order
 * whatever finishes first.
 */
final class RuleBinder {
  /** The bound files; a file that did not bind is null, and its problem is recorded. */
  record Bound(StructureFile structure, TablesFile tables, MetadataFile metadata, HtmlFile html, RegionsFile regions,
      ValuesFile values, IndicatorsFile indicators, TargetsFile targets, MacrosFile macros) {}

  /** One file's parse: its value, or the problem (with the parser's line, 0 when none). */
  private record Parsed<T>(T value, int line, String problem) {}

  private final YAMLMapper mapper = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .build();

  /** A binding under way: regions.yaml is being parsed on its own thread. */
  final class Pending {
    private final List<byte[]> contents;
    private final FutureTask<Parsed<RegionsFile>> regions;

    private Pending(List<byte[]> contents) {
      this.contents = contents;
      this.regions = new FutureTask<>(() -> parse(contents.get(4), RegionsFile.class));
      Thread thread = new Thread(regions, "plan-extract-rules-regions");
      thread.setDaemon(true);
      thread.start();
    }

    /** Parses the other files here, waits for regions.yaml and records every problem in file order. */
    Bound finish(RuleCompilation problems) {
      Parsed<StructureFile> structure = parse(contents.get(0), StructureFile.class);
      Parsed<TablesFile> tables = parse(contents.get(1), TablesFile.class);
      Parsed<MetadataFile> metadata = parse(contents.get(2), MetadataFile.class);
      Parsed<HtmlFile> html = parse(contents.get(3), HtmlFile.class);
      Parsed<ValuesFile> values = parse(contents.get(5), ValuesFile.class);
      Parsed<IndicatorsFile> indicators = parse(contents.get(6), IndicatorsFile.class);
      Parsed<TargetsFile> targets = parse(contents.get(7), TargetsFile.class);
      Parsed<MacrosFile> macros = parse(contents.get(8), MacrosFile.class);
      Parsed<RegionsFile> regionsParsed = join(regions);
      return new Bound(apply(structure, 0, problems), apply(tables, 1, problems), apply(metadata, 2, problems),
          apply(html, 3, problems), apply(regionsParsed, 4, problems), apply(values, 5, problems),
          apply(indicators, 6, problems), apply(targets, 7, problems), apply(macros, 8, problems));
    }
  }

  /** Starts binding {@code contents} (the files in {@link RuleLoader#FILES} order); {@link Pending#finish} ends it. */
  Pending start(List<byte[]> contents) {
    return new Pending(List.copyOf(contents));
  }

  private <T> Parsed<T> parse(byte[] bytes, Class<T> type) {
    try {
      T value = mapper.readValue(bytes, type);
      return value == null ? new Parsed<>(null, 0, "file is empty") : new Parsed<>(value, 0, null);
    } catch (JsonProcessingException e) {
      return new Parsed<>(null, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      return new Parsed<>(null, 0, "cannot read: " + e.getMessage());
    }
  }

  /** Records the problem of a parse and returns its value. */
  private static <T> T apply(Parsed<T> parsed, int index, RuleCompilation problems) {
    if (parsed.problem() != null) {
      problems.addAt(RuleLoader.FILES.get(index), parsed.line(), parsed.problem());
    }
    return parsed.value();
  }

  private static <T> Parsed<T> join(FutureTask<Parsed<T>> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PlanExtractException(ErrorCode.BAD_RULES, "interrupted while reading rules/regions.yaml", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("binding regions.yaml failed", e.getCause());
    }
  }
}
