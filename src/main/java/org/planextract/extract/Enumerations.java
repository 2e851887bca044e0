package org.planextract.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planextract.model.Value;
import org.planextract.model.WarningCode;
import org.planextract.normalize.AlignedText;

/**
 * Pairs an enumeration in order: 甲、乙、丙分别达到 X、Y、Z. The items share a per-capita prefix
 * (每千人口床位数、执业（助理）医师数 → 每千人口执业（助理）医师数) or the last item's head
 * (省提升标准和国家推荐标准占比 → 省提升标准占比), and a comparator the first value carries; a count
 * mismatch is a {@code TARGET_COUNT_MISMATCH} warning, never a wrong pairing.
 */
final class Enumerations {
  private final TargetRules rules;
  private final ValueParser values;
  private final IndicatorPhrases phrases;
  private final Pattern valuePrefix;

  Enumerations(TargetRules rules, ValueParser values, IndicatorPhrases phrases) {
    this.rules = rules;
    this.values = values;
    this.phrases = phrases;
    this.valuePrefix = Pattern.compile("^(?:" + values.prefixRegex() + ")+");
  }

  void pair(AlignedText text, int base, Matcher m, int year, Made made) {
    List<int[]> names = split(text.folded(), base + m.start("indicators"), base + m.end("indicators"));
    List<int[]> vals = split(text.folded(), base + m.start("values"), base + m.end("values"));
    if (names.size() != vals.size()) {
      String message = names.size() + " indicators but " + vals.size() + " values: " + made.sentence();
      made.diagnostics().warn(WarningCode.TARGET_COUNT_MISMATCH, made.line(), message);
      made.reject(text.renderingSpan(base + m.start(), base + m.end()), null, message);
      return;
    }
    String prefix = null;
    String sharedPrefix = null;
    IndicatorPhrases.Phrase lastItem = phrases.indicator(text, names.get(names.size() - 1)[0], names.get(names.size() - 1)[1]);
    String sharedHead = lastItem == null ? null : phrases.head(lastItem.text());
    String sharedRatio = lastItem == null ? null : phrases.ratioHead(lastItem.text());
    for (int k = 0; k < names.size(); k++) {
      IndicatorPhrases.Phrase phrase = phrases.indicator(text, names.get(k)[0], names.get(k)[1]);
      if (phrase == null) {
        made.reject(text.renderingSpan(names.get(k)[0], names.get(k)[1]), null,
            "item " + (k + 1) + ": nothing left of the phrase after trimming");
        continue;
      }
      String name = phrase.text();
      String valueText = text.clean().substring(vals.get(k)[0], vals.get(k)[1]);
      boolean share = valueText.contains("%") || valueText.contains("％");
      if (phrases.head(name) == null && sharedHead != null) {
        // 达到省提升标准和国家推荐标准占比分别…: the items share the last one's head (占比).
        name = name + sharedHead;
      } else if (share && sharedRatio != null && phrases.ratioHead(name) == null) {
        // 医院床位和卫生人员占比达到87.34%和66.7%: a share of beds, not a number of beds.
        name = name + sharedRatio;
      }
      if (k == 0) {
        Matcher shared = rules.sharedPrefix().matcher(org.planextract.normalize.TextNormalizer.fold(name));
        sharedPrefix = shared.find() ? name.substring(0, shared.end("prefix")) : null;
      }
      String lookup = k > 0 && sharedPrefix != null && !name.startsWith(sharedPrefix.substring(0, 1)) ? sharedPrefix + name : name;
      Matcher p = valuePrefix.matcher(org.planextract.normalize.TextNormalizer.fold(valueText));
      if (p.find()) {
        prefix = prefix == null ? valueText.substring(0, p.end()) : prefix;
      } else if (prefix != null) {
        valueText = prefix + valueText;
      }
      var span = text.renderingSpan(phrase.start(), vals.get(k)[1]);
      Value value = values.parse(valueText, year).value();
      if (!phrases.acceptable(lookup, value)) {
        made.reject(span, lookup, "'" + lookup + "' is not in the dictionary and does not end with an indicator head");
        continue;
      }
      made.accept(lookup, phrases.canonical(lookup, value), value, span,
          "item " + (k + 1) + " of " + names.size() + ": " + lookup + " = " + valueText);
    }
  }

  /** Items of an enumeration between separators, as [start, end) in the text. */
  private List<int[]> split(String folded, int from, int to) {
    List<int[]> items = new ArrayList<>();
    Matcher sep = rules.listSeparators().matcher(folded.substring(from, to));
    int start = from;
    while (sep.find()) {
      items.add(new int[] {start, from + sep.start()});
      start = from + sep.end();
    }
    items.add(new int[] {start, to});
    items.removeIf(r -> r[1] <= r[0]);
    return items;
  }
}
