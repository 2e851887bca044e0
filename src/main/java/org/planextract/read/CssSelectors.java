package org.planextract.read;

import java.util.Optional;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Checks the CSS selectors of rules/html.yaml with jsoup's own parser, so that a bad selector stops
 * the rule load (exit 2) instead of failing every web page later. Here because jsoup stays in
 * {@code read}.
 */
public final class CssSelectors {
  /** Why jsoup cannot parse {@code selector}, or empty when it can. */
  public Optional<String> problem(String selector) {
    if (selector == null || selector.isBlank()) {
      return Optional.of("empty selector");
    }
    try {
      QueryParser.parse(selector);
      return Optional.empty();
    } catch (Selector.SelectorParseException e) {
      return Optional.of(e.getMessage());
    }
  }
}
