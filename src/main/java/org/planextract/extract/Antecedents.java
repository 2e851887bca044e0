package org.planextract.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planextract.normalize.AlignedText;

/**
 * What a pronoun (其, 该指标, 这一比例) stands for while one passage is read: the indicator named
 * last before it in the same sentence or the sentence before, either a name of the dictionary
 * written there (持续关注人均预期寿命，到2024年使其达到79岁) or the last target made (孕产妇死亡率降至
 * 10/10万，到2025年使其降至8/10万). The window never reaches past the previous sentence, so a
 * pronoun never reaches back to an indicator named paragraphs before.
 */
final class Antecedents {
  private final IndicatorDictionary dictionary;
  private final List<Named> made = new ArrayList<>();
  private int previousSentence = -1;
  private int currentSentence;

  /** An indicator named before: where its name ends in the text, the name and its canonical id. */
  record Named(int end, String name, String canonical) {}

  Antecedents(IndicatorDictionary dictionary, int passageStart) {
    this.dictionary = dictionary;
    this.currentSentence = passageStart;
  }

  /** A new sentence starts at {@code start}: the one before it stays in reach. */
  void sentence(int start) {
    previousSentence = currentSentence;
    currentSentence = start;
  }

  /** A target was made for {@code name}, its phrase ending at {@code end}. */
  void made(int end, String name, String canonical) {
    made.add(new Named(end, name, canonical));
  }

  /** The indicator named last before {@code position}, in this sentence or the previous one. */
  Optional<Named> before(AlignedText text, int position) {
    int from = previousSentence >= 0 ? previousSentence : currentSentence;
    if (position <= from) {
      return Optional.empty();
    }
    Named best = null;
    Optional<IndicatorDictionary.Mention> mention = dictionary.lastMention(text.folded().substring(from, position));
    if (mention.isPresent()) {
      IndicatorDictionary.Mention m = mention.get();
      best = new Named(from + m.end(), text.clean().substring(from + m.start(), from + m.end()), m.entry().id());
    }
    for (Named n : made) {
      if (n.end() > from && n.end() <= position && (best == null || n.end() > best.end())) {
        best = n;
      }
    }
    return Optional.ofNullable(best);
  }
}
