package org.planextract.rules;

import static org.planextract.rules.RuleCompilation.folded;
import static org.planextract.rules.RuleCompilation.list;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.planextract.extract.ColumnRole;
import org.planextract.extract.IndicatorTableRules;
import org.planextract.model.Nature;
import org.planextract.model.TableKind;
import org.planextract.normalize.TextNormalizer;
import org.planextract.rules.RuleFiles.KindSpec;
import org.planextract.rules.RuleFiles.TablesFile;
import org.planextract.structure.TableKindRule;
import org.planextract.structure.TableRules;

/** Compiles rules/tables.yaml: table kinds, header rows, captions and the column roles of indicator tables. */
final class TableRulesCompiler {
  private final RuleCompilation problems;

  TableRulesCompiler(RuleCompilation problems) {
    this.problems = problems;
  }

  TableRules tableRules(TablesFile file) {
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
    Optional<Pattern> sub = problems.compile("tables.yaml", "subHeaderCell", file.subHeaderCell(), List.of());
    return new TableRules(kinds, sub.orElse(Pattern.compile("(?!)")), file.captionMaxChars(), list(file.captionEnders()));
  }

  IndicatorTableRules indicatorTableRules(TablesFile file) {
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
    words.put(ColumnRole.PERIOD_TOTAL, folded(c.periodTotal()));
    Map<Nature, List<String>> nature = new java.util.EnumMap<>(Nature.class);
    Map<Nature, List<String>> marks = new java.util.EnumMap<>(Nature.class);
    if (file.natureWords() == null) {
      problems.add("tables.yaml", "natureWords", "section missing");
    } else {
      nature.put(Nature.EXPECTED, folded(file.natureWords().expected()));
      nature.put(Nature.BINDING, folded(file.natureWords().binding()));
      marks.put(Nature.EXPECTED, folded(file.natureWords().expectedMarks()));
      marks.put(Nature.BINDING, folded(file.natureWords().bindingMarks()));
    }
    Optional<Pattern> year = problems.compile("tables.yaml", "yearPattern",
        problems.expand(file.yearPattern(), Map.of(), "tables.yaml", "yearPattern"), List.of("year"));
    Optional<Pattern> sub = problems.compile("tables.yaml", "subIndicatorPrefix",
        problems.expand(file.subIndicatorPrefix(), Map.of(), "tables.yaml", "subIndicatorPrefix"), List.of());
    Optional<Pattern> seq = problems.compile("tables.yaml", "seqInName", file.seqInName(), List.of("seq", "name"));
    if (year.isEmpty() || sub.isEmpty() || seq.isEmpty()) {
      return null;
    }
    return new IndicatorTableRules(words, nature, marks, year.get(), sub.get(), seq.get());
  }
}
