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

  /**
   * The indicator named last before {@code position}, in this sentence or the previous one, at most
   * {@link #MAX_REACH} characters back: a hostile sentence of 10^4 pronouns is not rescanned per pronoun.
   */
  Optional<Named> before(AlignedText text, int position) {
    int from = Math.max(previousSentence >= 0 ? previousSentence : currentSentence, position - MAX_REACH);
    if (position <= from) {
      return Optional.empty();
    }
    Named best = null;
    Optional<IndicatorDictionary.Mention> mention = dictionary.lastMention(text.folded().substring(from, position));
    if (mention.isPresent()) {
      IndicatorDictionary.Mention m = mention.get();
      best = new Named(from + m.end(), text.clean().substring(from + m.start(), from + m.end()), m.entry().id());
    }
    // Targets are made in text order: the last one in reach is found from the end (the first of equal ends wins).
    Named last = null;
    for (int i = made.size() - 1; i >= 0 && made.get(i).end() > from; i--) {
      Named n = made.get(i);
      if (n.end() <= position && (last == null || n.end() >= last.end())) {
        last = n;
      }
    }
    return Optional.ofNullable(last != null && (best == null || last.end() > best.end()) ? last : best);
  }

  /** Characters before a pronoun searched for its indicator (as long as the longest {@code Target.sentence}). */
  static final int MAX_REACH = 2_000;
}
