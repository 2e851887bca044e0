package org.planextract.read;

import java.util.List;

/**
 * Where the article sits in a government web page and what is site chrome, as CSS selectors
 * (rules/html.yaml). The first article selector that matches wins; with none, the element holding
 * most paragraph text is taken.
 */
public record HtmlRules(List<String> articleSelectors, List<String> dropSelectors, int minArticleChars) {
  public HtmlRules {
    articleSelectors = List.copyOf(articleSelectors);
    dropSelectors = List.copyOf(dropSelectors);
  }
}
