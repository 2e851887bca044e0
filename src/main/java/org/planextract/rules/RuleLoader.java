package org.planextract.rules;

import static org.planextract.rules.RuleCompilation.list;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.planextract.extract.IndicatorDictionary;
import org.planextract.extract.IndicatorTableRules;
import org.planextract.extract.TargetRules;
import org.planextract.extract.ValueParser;
import org.planextract.extract.ValueRules;
import org.planextract.model.ErrorCode;
import org.planextract.problems.PlanExtractException;
import org.planextract.model.RegionLevel;
import org.planextract.nlp.HanLpSegmenter;
import org.planextract.nlp.Segmenter;
import org.planextract.read.CssSelectors;
import org.planextract.read.HtmlRules;
import org.planextract.rules.RuleFiles.HtmlFile;
import org.planextract.rules.RuleFiles.IndicatorsFile;
import org.planextract.rules.RuleFiles.MacrosFile;
import org.planextract.rules.RuleFiles.MetadataFile;
import org.planextract.rules.RuleFiles.RegionSpec;
import org.planextract.rules.RuleFiles.RegionsFile;
import org.planextract.rules.RuleFiles.StructureFile;
import org.planextract.rules.RuleFiles.TablesFile;
import org.planextract.rules.RuleFiles.TargetsFile;
import org.planextract.rules.RuleFiles.ValuesFile;
import org.planextract.structure.BoxRules;
import org.planextract.structure.Gazetteer;
import org.planextract.structure.HeadingRules;
import org.planextract.structure.MetadataRules;
import org.planextract.structure.TableRules;

/**
 * Loads, validates and compiles the rule files of a directory (or the copy bundled in the jar).
 * Binding is strict (unknown and duplicate keys are errors, {@link RuleBinder}); each file is then
 * compiled by its own compiler, which runs the file's examples and backtracking probes unless the
 * {@link RuleCheckCache} knows these files passed them with this code; all problems are collected and
 * thrown together as one {@code BAD_RULES} error naming file, line and rule id.
 */
public final class RuleLoader {
  /** The rule files of a rule set, in checksum order. */
  public static final List<String> FILES = List.of("structure.yaml", "tables.yaml", "metadata.yaml", "html.yaml",
      "regions.yaml", "values.yaml", "indicators.yaml", "targets.yaml", "macros.yaml");

  /** What a failing rule example does: stop the load (extraction) or only be reported (rules test). */
  public enum ExampleFailures {
    FAIL,
    REPORT
  }

  private final ExampleFailures exampleFailures;
  private final RuleCheckCache cache;
  private final RuleBinder binder = new RuleBinder();

  public RuleLoader() {
    this(ExampleFailures.FAIL);
  }

  public RuleLoader(ExampleFailures exampleFailures) {
    this(exampleFailures, RuleCheckCache.none());
  }

  /**
   * A loader that skips the backtracking probes and the examples of a rule set the cache says passed
   * them (same files, same code); only with {@link ExampleFailures#FAIL}, since {@code rules test}
   * exists to run the examples.
   */
  public RuleLoader(ExampleFailures exampleFailures, RuleCheckCache cache) {
    this.exampleFailures = exampleFailures;
    this.cache = exampleFailures == ExampleFailures.FAIL ? cache : RuleCheckCache.none();
  }

  /** The rules in {@code ./rules} when that folder exists, else the copy bundled in the jar. */
  public RuleSet loadDefault() {
    Path local = Path.of("rules");
    if (Files.isDirectory(local) && Files.isRegularFile(local.resolve("structure.yaml"))) {
      return loadDirectory(local);
    }
    return loadBundled();
  }

  public RuleSet loadDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new PlanExtractException(ErrorCode.BAD_RULES, dir + ": rules folder not found");
    }
    List<byte[]> contents = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String name : FILES) {
      Path file = dir.resolve(name);
      try {
        contents.add(Files.readAllBytes(file));
      } catch (IOException e) {
        problems.add(file + ": cannot read (" + e.getClass().getSimpleName() + ")");
        contents.add(new byte[0]);
      }
    }
    if (!problems.isEmpty()) {
      throw RuleLoadException.of(problems);
    }
    return compile(dir.toString(), contents);
  }

  public RuleSet loadBundled() {
    List<byte[]> contents = new ArrayList<>();
    for (String name : FILES) {
      try (InputStream in = RuleLoader.class.getResourceAsStream("/rules/" + name)) {
        if (in == null) {
          throw new PlanExtractException(ErrorCode.BAD_RULES, "bundled rules/" + name + " is missing from the jar");
        }
        contents.add(in.readAllBytes());
      } catch (IOException e) {
        throw new PlanExtractException(ErrorCode.BAD_RULES, "cannot read bundled rules/" + name, e);
      }
    }
    return compile("(bundled)", contents);
  }

  private RuleSet compile(String source, List<byte[]> contents) {
    RuleBinder.Pending binding = binder.start(contents);
    String sha256 = checksum(contents);
    Optional<List<RuleExample>> passed = cache.passed(sha256);
    RuleCompilation problems = new RuleCompilation(source, contents, exampleFailures, passed.isPresent());
    RuleBinder.Bound bound = binding.finish(problems);
    StructureFile structure = bound.structure();
    TablesFile tables = bound.tables();
    MetadataFile metadata = bound.metadata();
    HtmlFile html = bound.html();
    RegionsFile regions = bound.regions();
    ValuesFile values = bound.values();
    IndicatorsFile indicators = bound.indicators();
    TargetsFile targets = bound.targets();
    MacrosFile macroFile = bound.macros();
    problems.throwIfAny();
    Macros macros = new Macros(macroFile.macros(), problems);
    problems.useMacros(macros);

    List<RuleExample> examples = new ArrayList<>();
    StructureRulesCompiler structureCompiler = new StructureRulesCompiler(problems);
    HeadingRules heading = structureCompiler.headingRules(structure);
    BoxRules boxes = structureCompiler.boxRules(structure);
    TableRulesCompiler tableCompiler = new TableRulesCompiler(problems);
    TableRules tableRules = tableCompiler.tableRules(tables);
    IndicatorTableRules indicatorTables = tableCompiler.indicatorTableRules(tables);
    MetadataRules metadataRules = metadataRules(metadata, problems);
    HtmlRules htmlRules = new HtmlRules(list(html.articleSelectors()), list(html.dropSelectors()),
        html.minArticleChars());
    checkSelectors(htmlRules, problems);
    Gazetteer gazetteer = gazetteer(regions, problems);
    if (heading != null && boxes != null && passed.isEmpty()) {
      structureCompiler.checkExamples(structure, heading, boxes, examples);
    }
    ValueRulesCompiler valueCompiler = new ValueRulesCompiler(problems);
    ValueRules valueRules = valueCompiler.valueRules(values);
    ValueParser valueParser = new ValueParser(valueRules);
    macros.bindWordLists(valueParser::wordListRegex);
    if (passed.isEmpty()) {
      macros.check(examples);
      valueCompiler.checkValueExamples(values, valueRules, examples);
    }
    IndicatorDictionary dictionary = new IndicatorDictionaryCompiler(problems).dictionary(indicators);
    TargetRulesCompiler targetCompiler = new TargetRulesCompiler(problems);
    TargetRules targetRules = targetCompiler.targetRules(targets);
    Segmenter segmenter = dictionary == null ? null : new HanLpSegmenter(dictionary.allNames());
    if (targetRules != null && segmenter != null && passed.isEmpty()) {
      targetCompiler.checkTargetExamples(targets, targetRules, valueRules, dictionary, segmenter, examples);
    }
    problems.throwIfAny();
    if (passed.isEmpty()) {
      cache.remember(sha256, examples);
    }
    return new RuleSet(source, sha256, heading, boxes, tableRules, metadataRules,
        htmlRules, gazetteer, valueRules, indicatorTables, dictionary, targetRules, segmenter,
        passed.orElse(examples));
  }

  /** Every selector of html.yaml must parse, or no web page could be read with these rules. */
  private static void checkSelectors(HtmlRules html, RuleCompilation problems) {
    CssSelectors selectors = new CssSelectors();
    for (String key : List.of("articleSelectors", "dropSelectors")) {
      List<String> list = key.equals("articleSelectors") ? html.articleSelectors() : html.dropSelectors();
      for (String selector : list) {
        selectors.problem(selector).ifPresent(p -> problems.add("html.yaml", key,
            "selector '" + selector + "' is not valid CSS: " + p));
      }
    }
  }

  private static MetadataRules metadataRules(MetadataFile file, RuleCompilation problems) {
    Optional<Pattern> notice = problems.compile("metadata.yaml", "noticeTitle", file.noticeTitle(), List.of("title"));
    Optional<Pattern> note = problems.compile("metadata.yaml", "statusNote", file.statusNote(), List.of());
    Optional<Pattern> plan = problems.compile("metadata.yaml", "fiveYearPlan", file.fiveYearPlan(), List.of("n"));
    Optional<Pattern> range = problems.compile("metadata.yaml", "yearRange", file.yearRange(), List.of("start", "end"));
    Optional<Pattern> attachment = problems.compile("metadata.yaml", "attachmentLabel", file.attachmentLabel(), List.of());
    Optional<Pattern> district = problems.compile("metadata.yaml", "districtName", file.districtName(), List.of("name"));
    if (notice.isEmpty() || note.isEmpty() || plan.isEmpty() || range.isEmpty() || attachment.isEmpty()
        || district.isEmpty()) {
      return null;
    }
    return new MetadataRules(list(file.titleWords()), file.maxTitleChars(), notice.get(), list(file.draftMarkers()),
        note.get(), plan.get(), range.get(), file.headLines(), list(file.nationalMarkers()),
        district.get(), attachment.get());
  }


  private static Gazetteer gazetteer(RegionsFile file, RuleCompilation problems) {
    List<Gazetteer.Entry> entries = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (RegionSpec spec : list(file.regions())) {
      RegionLevel level = null;
      for (RegionLevel l : RegionLevel.values()) {
        if (l.wire().equals(spec.level())) {
          level = l;
        }
      }
      if (spec.name() == null || spec.name().isBlank() || level == null) {
        problems.add("regions.yaml", spec.name(), "needs a name and a level (province | city | county)");
        continue;
      }
      names.add(spec.name());
      entries.add(new Gazetteer.Entry(spec.name(), spec.province(), level));
    }
    if (names.stream().distinct().count() != names.size()) {
      problems.add("regions.yaml", null, "a region name is listed twice");
    }
    return new Gazetteer(entries);
  }

  /** The checksum of rule file contents (in {@link #FILES} order), as {@link RuleSet#sha256()} holds it. */
  public static String checksum(List<byte[]> contents) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (int i = 0; i < FILES.size(); i++) {
        digest.update(FILES.get(i).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(contents.get(i));
      }
      return HexFormat.of().formatHex(digest.digest()).toLowerCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
