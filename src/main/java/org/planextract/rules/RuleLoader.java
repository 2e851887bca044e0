package org.planextract.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.planextract.extract.CanonicalIndicator;
import org.planextract.extract.ColumnRole;
import org.planextract.extract.IndicatorDictionary;
import org.planextract.extract.IndicatorTableRules;
import org.planextract.extract.TargetRule;
import org.planextract.extract.TargetRules;
import org.planextract.extract.TargetSentenceExtractor;
import org.planextract.extract.ValueParser;
import org.planextract.nlp.HanLpSegmenter;
import org.planextract.extract.ValueRules;
import org.planextract.extract.Units;
import org.planextract.model.ErrorCode;
import org.planextract.model.Nature;
import org.planextract.model.Op;
import org.planextract.model.Value;
import org.planextract.model.PlanExtractException;
import org.planextract.model.RegionLevel;
import org.planextract.model.TableKind;
import org.planextract.normalize.AlignedText;
import org.planextract.normalize.TextNormalizer;
import org.planextract.read.HtmlRules;
import org.planextract.read.TextLine;
import org.planextract.rules.RuleFiles.BoxSpec;
import org.planextract.rules.RuleFiles.HtmlFile;
import org.planextract.rules.RuleFiles.IndicatorSpec;
import org.planextract.rules.RuleFiles.IndicatorsFile;
import org.planextract.rules.RuleFiles.KindSpec;
import org.planextract.rules.RuleFiles.MetadataFile;
import org.planextract.rules.RuleFiles.PatternExample;
import org.planextract.rules.RuleFiles.RegionSpec;
import org.planextract.rules.RuleFiles.RegionsFile;
import org.planextract.rules.RuleFiles.SchemeSpec;
import org.planextract.rules.RuleFiles.StructureFile;
import org.planextract.rules.RuleFiles.TablesFile;
import org.planextract.rules.RuleFiles.TargetExample;
import org.planextract.rules.RuleFiles.TargetRuleSpec;
import org.planextract.rules.RuleFiles.TargetsFile;
import org.planextract.rules.RuleFiles.ValueExample;
import org.planextract.rules.RuleFiles.ValuesFile;
import org.planextract.structure.BoxRules;
import org.planextract.structure.Gazetteer;
import org.planextract.structure.HeadingRules;
import org.planextract.structure.MetadataRules;
import org.planextract.structure.NumberingScheme;
import org.planextract.structure.OutlineDetector;
import org.planextract.structure.TableKindRule;
import org.planextract.structure.TableRules;

/**
 * Loads, validates and compiles the rule files of a directory (or the copy bundled in the jar).
 * Binding is strict; all problems are collected and thrown together as one {@code BAD_RULES}
 * error naming file, rule id and (for syntax errors) line.
 */
public final class RuleLoader {
  /** The rule files of a rule set, in checksum order. */
  public static final List<String> FILES =
      List.of("structure.yaml", "tables.yaml", "metadata.yaml", "html.yaml", "regions.yaml", "values.yaml", "indicators.yaml", "targets.yaml");
  private static final Pattern MACRO = Pattern.compile("\\{([A-Z][A-Z0-9_]*)\\}");

  /** What a failing rule example does: stop the load (extraction) or only be reported (rules test). */
  public enum ExampleFailures {
    FAIL,
    REPORT
  }

  private final ExampleFailures exampleFailures;

  public RuleLoader() {
    this(ExampleFailures.FAIL);
  }

  public RuleLoader(ExampleFailures exampleFailures) {
    this.exampleFailures = exampleFailures;
  }

  private final YAMLMapper mapper = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .build();

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
    Problems problems = new Problems(source, contents);
    StructureFile structure = bind(contents.get(0), FILES.get(0), StructureFile.class, problems);
    TablesFile tables = bind(contents.get(1), FILES.get(1), TablesFile.class, problems);
    MetadataFile metadata = bind(contents.get(2), FILES.get(2), MetadataFile.class, problems);
    HtmlFile html = bind(contents.get(3), FILES.get(3), HtmlFile.class, problems);
    RegionsFile regions = bind(contents.get(4), FILES.get(4), RegionsFile.class, problems);
    ValuesFile values = bind(contents.get(5), FILES.get(5), ValuesFile.class, problems);
    IndicatorsFile indicators = bind(contents.get(6), FILES.get(6), IndicatorsFile.class, problems);
    TargetsFile targets = bind(contents.get(7), FILES.get(7), TargetsFile.class, problems);
    problems.throwIfAny();

    List<RuleExample> examples = new ArrayList<>();
    HeadingRules heading = headingRules(structure, problems);
    BoxRules boxes = boxRules(structure, problems);
    TableRules tableRules = tableRules(tables, problems);
    MetadataRules metadataRules = metadataRules(metadata, problems);
    HtmlRules htmlRules = new HtmlRules(list(html.articleSelectors()), list(html.dropSelectors()),
        html.minArticleChars());
    Gazetteer gazetteer = gazetteer(regions, problems);
    if (heading != null && boxes != null) {
      checkExamples(structure, heading, boxes, examples, problems);
    }
    ValueRules valueRules = valueRules(values, problems);
    if (valueRules != null) {
      checkValueExamples(values, valueRules, examples, problems);
    }
    IndicatorTableRules indicatorTables = indicatorTableRules(tables, problems);
    IndicatorDictionary dictionary = dictionary(indicators, problems);
    TargetRules targetRules = valueRules == null ? null : targetRules(targets, new ValueParser(valueRules), problems);
    if (targetRules != null) {
      checkTargetExamples(targets, targetRules, valueRules, dictionary, examples, problems);
    }
    problems.throwIfAny();
    problems.throwIfAny();
    return new RuleSet(source, checksum(contents), heading, boxes, tableRules, metadataRules,
        htmlRules, gazetteer, valueRules, indicatorTables, dictionary, targetRules, examples);
  }

  private <T> T bind(byte[] bytes, String file, Class<T> type, Problems problems) {
    try {
      T value = mapper.readValue(bytes, type);
      if (value == null) {
        problems.add(file, null, "file is empty");
      }
      return value;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
      problems.add(file, null, where + e.getOriginalMessage().lines().findFirst().orElse(""));
      return null;
    } catch (IOException e) {
      problems.add(file, null, "cannot read: " + e.getMessage());
      return null;
    }
  }

  private HeadingRules headingRules(StructureFile file, Problems problems) {
    Map<String, String> macros = file.macros() == null ? Map.of() : file.macros();
    List<NumberingScheme> schemes = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (SchemeSpec spec : list(file.schemes())) {
      String id = spec.id();
      if (id == null || id.isBlank()) {
        problems.add("structure.yaml", null, "a scheme has no id");
        continue;
      }
      if (ids.contains(id)) {
        problems.add("structure.yaml", id, "duplicate rule id");
      }
      ids.add(id);
      if (spec.family() == null) {
        problems.add("structure.yaml", id, "no family");
      }
      Optional<Pattern> reject = spec.rejectTitle() == null ? Optional.empty()
          : compile("structure.yaml", id + ".rejectTitle",
              expand(spec.rejectTitle(), macros, "structure.yaml", id, problems), problems, List.of());
      compile("structure.yaml", id, "^(?:" + expand(spec.pattern(), macros, "structure.yaml", id, problems) + ")",
          problems, List.of("num"))
          .ifPresent(p -> schemes.add(new NumberingScheme(id, spec.family() == null ? id : spec.family(), p,
              reject.orElse(null))));
    }
    if (file.heading() == null) {
      problems.add("structure.yaml", "heading", "section missing");
      return null;
    }
    var h = file.heading();
    Optional<Pattern> toc = compile("structure.yaml", "heading.tableOfContentsLine",
        h.tableOfContentsLine(), problems, List.of());
    if (h.titleTerminators() == null || h.titleTerminators().isEmpty()) {
      problems.add("structure.yaml", "heading.titleTerminators", "must not be empty");
    }
    return new HeadingRules(schemes, TextNormalizer.fold(String.valueOf(h.titleTerminators())) + h.titleTerminators(),
        h.maxTitleChars(), h.wrapMinHeadingChars(), h.wrapMaxFragmentChars(),
        TextNormalizer.fold(String.valueOf(h.wrapFragmentForbidden())),
        toc.orElse(Pattern.compile("(?!)")));
  }

  private BoxRules boxRules(StructureFile file, Problems problems) {
    BoxSpec spec = file.boxes();
    if (spec == null) {
      problems.add("structure.yaml", "boxes", "section missing");
      return null;
    }
    Map<String, String> macros = file.macros() == null ? Map.of() : file.macros();
    Optional<Pattern> label = compile("structure.yaml", "boxes.label",
        "^(?:" + expand(spec.label(), macros, "structure.yaml", "boxes.label", problems) + ")",
        problems, List.of("num", "sub"));
    return new BoxRules(label.orElse(Pattern.compile("(?!)")), spec.maxTitleChars(), spec.maxItemLabelChars());
  }

  private TableRules tableRules(TablesFile file, Problems problems) {
    List<TableKindRule> kinds = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (KindSpec spec : list(file.kinds())) {
      if (ids.contains(spec.id())) {
        problems.add("tables.yaml", spec.id(), "duplicate rule id");
      }
      ids.add(spec.id());
      TableKind kind = null;
      for (TableKind k : TableKind.values()) {
        if (k.wire().equals(spec.kind())) {
          kind = k;
        }
      }
      if (kind == null) {
        problems.add("tables.yaml", spec.id(), "unknown kind '" + spec.kind() + "' (indicators | projects | other)");
        continue;
      }
      List<String> words = list(spec.words()).stream().map(w -> TextNormalizer.fold(w).replace(" ", "")).toList();
      kinds.add(new TableKindRule(spec.id(), kind, words, spec.minHits()));
    }
    Optional<Pattern> sub = compile("tables.yaml", "subHeaderCell", file.subHeaderCell(), problems, List.of());
    return new TableRules(kinds, sub.orElse(Pattern.compile("(?!)")), file.captionMaxChars());
  }

  private MetadataRules metadataRules(MetadataFile file, Problems problems) {
    Optional<Pattern> note = compile("metadata.yaml", "statusNote", file.statusNote(), problems, List.of());
    Optional<Pattern> plan = compile("metadata.yaml", "fiveYearPlan", file.fiveYearPlan(), problems, List.of("n"));
    Optional<Pattern> range = compile("metadata.yaml", "yearRange", file.yearRange(), problems, List.of("start", "end"));
    if (note.isEmpty() || plan.isEmpty() || range.isEmpty()) {
      return null;
    }
    return new MetadataRules(list(file.draftMarkers()), note.get(), plan.get(), range.get(), file.headLines());
  }

  private Gazetteer gazetteer(RegionsFile file, Problems problems) {
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

  private void checkExamples(StructureFile file, HeadingRules heading, BoxRules boxes,
      List<RuleExample> examples, Problems problems) {
    TextNormalizer normalizer = new TextNormalizer();
    OutlineDetector detector = new OutlineDetector(heading, boxes);
    for (SchemeSpec spec : list(file.schemes())) {
      if (problems.mentions(spec.id())) {
        continue;
      }
      for (PatternExample ex : list(spec.examples())) {
        AlignedText text = normalizer.normalize(new TextLine(ex.text(), 1, 0));
        var found = detector.candidate(text);
        String failure = null;
        if (Boolean.FALSE.equals(ex.match())) {
          if (found.isPresent()) {
            failure = "should not be a heading but matched scheme " + found.get().number().scheme().id();
          }
        } else if (found.isEmpty()) {
          failure = "is not recognised as a heading";
        } else {
          var c = found.get();
          String title = text.clean().substring(c.titleStart(), c.titleEnd()).strip();
          if (!c.number().scheme().id().equals(spec.id())) {
            failure = "matched scheme " + c.number().scheme().id() + " first";
          } else if (ex.number() != null && !ex.number().equals(c.number().written())) {
            failure = "number '" + c.number().written() + "', expected '" + ex.number() + "'";
          } else if (ex.title() != null && !ex.title().equals(title)) {
            failure = "title '" + title + "', expected '" + ex.title() + "'";
          }
        }
        record(examples, problems, "structure.yaml", spec.id(), ex.text(), failure);
      }
    }
    for (PatternExample ex : list(file.boxes().examples())) {
      String folded = TextNormalizer.fold(ex.text());
      Matcher m = boxes.label().matcher(folded);
      String failure = null;
      if (Boolean.FALSE.equals(ex.match())) {
        failure = m.lookingAt() ? "should not be a box label" : null;
      } else if (!m.lookingAt()) {
        failure = "is not recognised as a box label";
      } else if (ex.number() != null && !ex.number().equals(ex.text().substring(m.start("num"), m.end("num")))) {
        failure = "number '" + ex.text().substring(m.start("num"), m.end("num")) + "', expected '" + ex.number() + "'";
      } else if (ex.title() != null && !ex.title().equals(ex.text().substring(m.end()).strip())) {
        failure = "title '" + ex.text().substring(m.end()).strip() + "', expected '" + ex.title() + "'";
      }
      record(examples, problems, "structure.yaml", "boxes.label", ex.text(), failure);
    }
  }

  private ValueRules valueRules(ValuesFile file, Problems problems) {
    Map<Op, List<String>> prefix = comparators(file.prefixComparators(), "prefixComparators", problems);
    Map<Op, List<String>> suffix = comparators(file.suffixComparators(), "suffixComparators", problems);
    List<Pattern> references = new ArrayList<>();
    for (String p : list(file.referencePatterns())) {
      compile("values.yaml", "referencePatterns", p, problems, List.of("reference")).ifPresent(references::add);
    }
    Map<String, List<String>> unitAliases = new java.util.LinkedHashMap<>();
    for (var u : list(file.units())) {
      if (u.canonical() == null || u.canonical().isBlank()) {
        problems.add("values.yaml", "units", "a unit has no canonical form");
        continue;
      }
      if (unitAliases.put(u.canonical(), list(u.aliases())) != null) {
        problems.add("values.yaml", "units", "unit " + u.canonical() + " is listed twice");
      }
    }
    return new ValueRules(folded(file.missing()), folded(file.hedges()), prefix, suffix,
        folded(file.increaseWords()), folded(file.decreaseWords()), folded(file.annualWords()), references,
        folded(file.qualitativeIncrease()), folded(file.qualitativeDecrease()), folded(file.qualitativeStable()),
        new Units(unitAliases));
  }

  private IndicatorTableRules indicatorTableRules(TablesFile file, Problems problems) {
    Map<ColumnRole, List<String>> words = new java.util.EnumMap<>(ColumnRole.class);
    var c = file.columns();
    if (c == null) {
      problems.add("tables.yaml", "columns", "section missing");
      return null;
    }
    words.put(ColumnRole.SEQ, folded(c.seq()));
    words.put(ColumnRole.CATEGORY, folded(c.category()));
    words.put(ColumnRole.NAME, folded(c.name()));
    words.put(ColumnRole.UNIT, folded(c.unit()));
    words.put(ColumnRole.NATURE, folded(c.nature()));
    words.put(ColumnRole.BASELINE, folded(c.baseline()));
    words.put(ColumnRole.TARGET, folded(c.target()));
    Map<Nature, List<String>> nature = new java.util.EnumMap<>(Nature.class);
    if (file.natureWords() == null) {
      problems.add("tables.yaml", "natureWords", "section missing");
    } else {
      nature.put(Nature.EXPECTED, folded(file.natureWords().expected()));
      nature.put(Nature.BINDING, folded(file.natureWords().binding()));
    }
    Optional<Pattern> year = compile("tables.yaml", "yearPattern", file.yearPattern(), problems, List.of("year"));
    Optional<Pattern> sub = compile("tables.yaml", "subIndicatorPrefix", file.subIndicatorPrefix(), problems, List.of());
    Optional<Pattern> seq = compile("tables.yaml", "seqInName", file.seqInName(), problems, List.of("seq", "name"));
    if (year.isEmpty() || sub.isEmpty() || seq.isEmpty()) {
      return null;
    }
    return new IndicatorTableRules(words, nature, year.get(), sub.get(), seq.get());
  }

  private IndicatorDictionary dictionary(IndicatorsFile file, Problems problems) {
    Map<String, String> macros = file.macros() == null ? Map.of() : file.macros();
    List<CanonicalIndicator> entries = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    java.util.Map<String, String> names = new java.util.HashMap<>();
    for (IndicatorSpec spec : list(file.indicators())) {
      if (spec.id() == null || !spec.id().matches("[a-z][a-z0-9_]*")) {
        problems.add("indicators.yaml", spec.id(), "id must be lower_snake_case");
        continue;
      }
      if (!ids.add(spec.id())) {
        problems.add("indicators.yaml", spec.id(), "duplicate rule id");
      }
      if (spec.name() == null) {
        problems.add("indicators.yaml", spec.id(), "no name");
        continue;
      }
      for (String n : concat(spec.name(), list(spec.aliases()))) {
        String other = names.putIfAbsent(IndicatorDictionary.key(n), spec.id());
        if (other != null && !other.equals(spec.id())) {
          problems.add("indicators.yaml", spec.id(), "name '" + n + "' is also listed under " + other);
        }
      }
      List<Pattern> patterns = new ArrayList<>();
      for (String p : list(spec.patterns())) {
        compile("indicators.yaml", spec.id(), expand(p, macros, "indicators.yaml", spec.id(), problems), problems, List.of())
            .ifPresent(patterns::add);
      }
      entries.add(new CanonicalIndicator(spec.id(), spec.name(), spec.unit(), spec.higherIsBetter(),
          list(spec.aliases()), patterns));
    }
    return new IndicatorDictionary(entries, list(file.qualifiers()));
  }

  private TargetRules targetRules(TargetsFile file, ValueParser parser, Problems problems) {
    Map<String, String> macros = Map.of("LEVEL", parser.valueRegex(true), "VALUE", parser.valueRegex(false),
        "CHANGE", parser.changeRegex());
    List<TargetRule> rules = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (TargetRuleSpec spec : list(file.rules())) {
      if (spec.id() == null || !ids.add(spec.id())) {
        problems.add("targets.yaml", spec.id(), spec.id() == null ? "a rule has no id" : "duplicate rule id");
        continue;
      }
      String regex = expand(spec.pattern(), macros, "targets.yaml", spec.id(), problems);
      boolean enumeration = regex.contains("(?<indicators>");
      compile("targets.yaml", spec.id(), regex, problems,
          enumeration ? List.of("indicators", "values") : List.of("indicator", "value"))
          .ifPresent(p -> rules.add(new TargetRule(spec.id(), p, Boolean.TRUE.equals(spec.inheritsIndicator()))));
    }
    Optional<Pattern> year = compile("targets.yaml", "yearMarker", file.yearMarker(), problems, List.of("year"));
    Optional<Pattern> planEnd = compile("targets.yaml", "planEndMarker", TextNormalizer.fold(String.valueOf(file.planEndMarker())), problems, List.of());
    Optional<Pattern> goal = compile("targets.yaml", "goalSectionTitle", file.goalSectionTitle(), problems, List.of());
    Optional<Pattern> shared = compile("targets.yaml", "sharedPrefix", file.sharedPrefix(), problems, List.of("prefix"));
    Optional<Pattern> separators = compile("targets.yaml", "listSeparators", file.listSeparators(), problems, List.of());
    Optional<Pattern> aside = compile("targets.yaml", "aside", file.aside(), problems, List.of());
    Optional<Pattern> coordination = compile("targets.yaml", "coordination", file.coordination(), problems, List.of());
    if (year.isEmpty() || planEnd.isEmpty() || goal.isEmpty() || shared.isEmpty() || separators.isEmpty()
        || aside.isEmpty() || coordination.isEmpty()) {
      return null;
    }
    return new TargetRules(rules, year.get(), planEnd.get(), goal.get(), java.util.Set.copyOf(list(file.leadingFillers())),
        java.util.Set.copyOf(list(file.leadingTags())), java.util.Set.copyOf(list(file.trailingFillers())),
        java.util.Set.copyOf(list(file.trailingTags())), list(file.indicatorHeads()), list(file.ratioHeads()), file.maxClauseChars(), file.minIndicatorChars(), file.maxIndicatorChars(),
        shared.get(), aside.get(), coordination.get(), separators.get());
  }

  private void checkTargetExamples(TargetsFile file, TargetRules rules, ValueRules valueRules,
      IndicatorDictionary dictionary, List<RuleExample> examples, Problems problems) {
    TargetSentenceExtractor extractor = new TargetSentenceExtractor(rules, new ValueParser(valueRules), dictionary,
        new HanLpSegmenter(dictionary.allNames()));
    TextNormalizer normalizer = new TextNormalizer();
    org.planextract.model.Period period = new org.planextract.model.Period(2021, 2025);
    for (TargetRuleSpec spec : list(file.rules())) {
      for (TargetExample ex : list(spec.examples())) {
        List<org.planextract.model.Target> found = extractor.extractText(
            normalizer.normalize(new TextLine(ex.text(), 1, 0)), period, new org.planextract.model.Diagnostics());
        List<String> wrong = new ArrayList<>();
        int want = ex.count() == null ? 1 : ex.count();
        if (found.size() != want) {
          wrong.add(found.size() + " targets, expected " + want);
        } else if (want > 0) {
          var t = found.get(0);
          expect(wrong, "rule", spec.id(), t.rule());
          expect(wrong, "indicator", ex.indicator(), t.indicator());
          expectNumber(wrong, "value", ex.value(), t.value().value());
          expect(wrong, "unit", ex.unit(), t.value().unit());
          expect(wrong, "op", ex.op(), t.value().op() == null ? null : t.value().op().wire());
          expect(wrong, "kind", ex.kind(), t.value().kind().wire());
        }
        record(examples, problems, "targets.yaml", spec.id(), ex.text(), wrong.isEmpty() ? null : String.join(", ", wrong));
      }
    }
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }

  private static Map<Op, List<String>> comparators(Map<String, List<String>> byOp, String id, Problems problems) {
    Map<Op, List<String>> out = new java.util.EnumMap<>(Op.class);
    if (byOp == null) {
      return out;
    }
    byOp.forEach((wire, words) -> {
      Optional<Op> op = java.util.Arrays.stream(Op.values()).filter(o -> o.wire().equals(wire)).findFirst();
      if (op.isEmpty()) {
        problems.add("values.yaml", id, "unknown comparator '" + wire + "' (=, >=, <=, >, <, ~)");
      } else {
        out.put(op.get(), folded(words));
      }
    });
    return out;
  }

  private static List<String> folded(List<String> words) {
    return list(words).stream().map(w -> TextNormalizer.fold(w).replaceAll("\\s+", "")).toList();
  }

  private void checkValueExamples(ValuesFile file, ValueRules rules, List<RuleExample> examples, Problems problems) {
    ValueParser parser = new ValueParser(rules);
    for (ValueExample ex : list(file.examples())) {
      Value v = parser.parse(ex.raw(), null).value();
      List<String> wrong = new ArrayList<>();
      expect(wrong, "kind", ex.kind(), v.kind().wire());
      expect(wrong, "op", ex.op(), v.op() == null ? null : v.op().wire());
      expectNumber(wrong, "value", ex.value(), v.value());
      expectNumber(wrong, "min", ex.min(), v.min());
      expectNumber(wrong, "max", ex.max(), v.max());
      expect(wrong, "unit", ex.unit(), v.unit());
      expect(wrong, "direction", ex.direction(), v.direction() == null ? null : v.direction().wire());
      expect(wrong, "reference", ex.reference(), v.reference());
      record(examples, problems, "values.yaml", "value:" + ex.raw(), ex.raw(),
          wrong.isEmpty() ? null : String.join(", ", wrong));
    }
  }

  private static void expect(List<String> wrong, String field, String expected, String actual) {
    if (expected != null && !expected.equals(actual)) {
      wrong.add(field + " '" + actual + "', expected '" + expected + "'");
    }
  }

  private static void expectNumber(List<String> wrong, String field, String expected, java.math.BigDecimal actual) {
    if (expected != null && (actual == null || new java.math.BigDecimal(expected).compareTo(actual) != 0)) {
      wrong.add(field + " " + actual + ", expected " + expected);
    }
  }

  private void record(List<RuleExample> examples, Problems problems, String file, String id,
      String text, String failure) {
    examples.add(new RuleExample(file, id, text, failure == null, failure));
    if (failure != null && exampleFailures == ExampleFailures.FAIL) {
      problems.add(file, id, "example \"" + text + "\" " + failure);
    }
  }

  private static String expand(String pattern, Map<String, String> macros, String file, String id, Problems problems) {
    if (pattern == null) {
      problems.add(file, id, "no pattern");
      return "(?!)";
    }
    Matcher m = MACRO.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String body = macros.get(m.group(1));
      if (body == null) {
        problems.add(file, id, "unknown macro {" + m.group(1) + "}");
        body = "(?!)";
      }
      m.appendReplacement(out, Matcher.quoteReplacement("(?:" + body + ")"));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Optional<Pattern> compile(String file, String id, String regex, Problems problems, List<String> groups) {
    if (regex == null) {
      problems.add(file, id, "no pattern");
      return Optional.empty();
    }
    try {
      Pattern p = Pattern.compile(regex);
      for (String group : groups) {
        if (!regex.contains("(?<" + group + ">")) {
          problems.add(file, id, "pattern lacks the named group (?<" + group + ">...)");
        }
      }
      return Optional.of(p);
    } catch (PatternSyntaxException e) {
      problems.add(file, id, "pattern does not compile: " + e.getDescription() + " near index " + e.getIndex());
      return Optional.empty();
    }
  }

  private static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static String checksum(List<byte[]> contents) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (int i = 0; i < FILES.size(); i++) {
        digest.update(FILES.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(contents.get(i));
      }
      return HexFormat.of().formatHex(digest.digest()).toLowerCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  /** Collects problems as "source/file: line N: rule id: reason". */
  private static final class Problems {
    private final String source;
    private final List<String> contents;
    private final List<String> messages = new ArrayList<>();

    Problems(String source, List<byte[]> files) {
      this.source = source;
      this.contents = files.stream().map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8)).toList();
    }

    void add(String file, String ruleId, String message) {
      String where = message.startsWith("line ") ? "" : lineOf(file, ruleId);
      messages.add(source + "/" + file + ": " + where + (ruleId == null ? "" : "rule " + ruleId + ": ") + message);
    }

    /** "line N: " where the rule is defined ({@code id: x} or {@code x:}), or nothing when not found. */
    private String lineOf(String file, String ruleId) {
      int index = FILES.indexOf(file);
      if (ruleId == null || index < 0) {
        return "";
      }
      String key = ruleId.contains(".") ? ruleId.substring(ruleId.lastIndexOf('.') + 1) : ruleId;
      List<String> lines = contents.get(index).lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i).strip();
        if (l.matches("-?\\s*\\{?\\s*id:\\s*" + Pattern.quote(key) + "\\b.*") || l.startsWith(key + ":")) {
          return "line " + (i + 1) + ": ";
        }
      }
      return "";
    }

    /** Whether a problem was already recorded for this rule (its examples are then not run). */
    boolean mentions(String ruleId) {
      return messages.stream().anyMatch(m -> m.contains(": rule " + ruleId + ": ") || m.contains(": rule " + ruleId + "."));
    }

    void throwIfAny() {
      if (!messages.isEmpty()) {
        throw RuleLoadException.of(messages);
      }
    }
  }
}
