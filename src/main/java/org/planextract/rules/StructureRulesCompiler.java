package org.planextract.rules;

import static org.planextract.rules.RuleCompilation.folded;
import static org.planextract.rules.RuleCompilation.list;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planextract.normalize.AlignedText;
import org.planextract.normalize.TextNormalizer;
import org.planextract.read.TextLine;
import org.planextract.rules.RuleFiles.BoxSpec;
import org.planextract.rules.RuleFiles.PatternExample;
import org.planextract.rules.RuleFiles.SchemeSpec;
import org.planextract.rules.RuleFiles.StructureFile;
import org.planextract.structure.BoxRules;
import org.planextract.structure.HeadingRules;
import org.planextract.structure.NumberingScheme;
import org.planextract.structure.HeadingCandidates;

/** Compiles rules/structure.yaml: numbering schemes, heading limits, the 专栏 label; runs their examples. */
final class StructureRulesCompiler {
  private final RuleCompilation problems;

  StructureRulesCompiler(RuleCompilation problems) {
    this.problems = problems;
  }

  HeadingRules headingRules(StructureFile file) {
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
          : problems.compile("structure.yaml", id + ".rejectTitle",
              problems.expand(spec.rejectTitle(), macros, "structure.yaml", id), List.of());
      problems.compile("structure.yaml", id, "^(?:" + problems.expand(spec.pattern(), macros, "structure.yaml", id) + ")",
          List.of("num"))
          .ifPresent(p -> schemes.add(new NumberingScheme(id, spec.family() == null ? id : spec.family(), p,
              reject.orElse(null))));
    }
    if (file.heading() == null) {
      problems.add("structure.yaml", "heading", "section missing");
      return null;
    }
    var h = file.heading();
    Optional<Pattern> toc = problems.compile("structure.yaml", "heading.tableOfContentsLine",
        h.tableOfContentsLine(), List.of());
    if (h.titleTerminators() == null || h.titleTerminators().isEmpty()) {
      problems.add("structure.yaml", "heading.titleTerminators", "must not be empty");
    }
    return new HeadingRules(schemes, TextNormalizer.fold(String.valueOf(h.titleTerminators())) + h.titleTerminators(),
        h.maxTitleChars(), h.wrapMinHeadingChars(), h.wrapMaxFragmentChars(),
        TextNormalizer.fold(String.valueOf(h.wrapFragmentForbidden())),
        toc.orElse(Pattern.compile("(?!)")), TextNormalizer.fold(h.itemEnders() == null ? "" : h.itemEnders()),
        (h.tableOfContentsTitle() == null ? List.<String>of() : h.tableOfContentsTitle()).stream().map(TextNormalizer::key).toList());
  }

  BoxRules boxRules(StructureFile file) {
    BoxSpec spec = file.boxes();
    if (spec == null) {
      problems.add("structure.yaml", "boxes", "section missing");
      return null;
    }
    Map<String, String> macros = file.macros() == null ? Map.of() : file.macros();
    Optional<Pattern> label = problems.compile("structure.yaml", "boxes.label",
        "^(?:" + problems.expand(spec.label(), macros, "structure.yaml", "boxes.label") + ")",
        List.of("num", "sub"));
    if (spec.labelWord() == null || spec.labelWord().isBlank()) {
      problems.add("structure.yaml", "boxes", "labelWord is missing (the word a box label starts with: 专栏)");
    }
    return new BoxRules(label.orElse(Pattern.compile("(?!)")), String.valueOf(spec.labelWord()), spec.maxTitleChars(),
        spec.maxItemLabelChars(), (spec.itemBullets() == null ? List.<String>of() : spec.itemBullets()).stream()
            .map(TextNormalizer::fold).toList(), TextNormalizer.fold(spec.clauseMarks() == null ? "" : spec.clauseMarks()));
  }

  void checkExamples(StructureFile file, HeadingRules heading, BoxRules boxes, List<RuleExample> examples) {
    TextNormalizer normalizer = new TextNormalizer();
    HeadingCandidates detector = new HeadingCandidates(heading);
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
        problems.record(examples, "structure.yaml", spec.id(), ex.text(), failure);
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
      problems.record(examples, "structure.yaml", "boxes.label", ex.text(), failure);
    }
  }
}
