package org.planextract.read;

import java.util.Objects;

/** A cell as a reader found it, before rendering: text (may hold line breaks) and whether a merge fills it. */
record CellContent(String text, boolean filled) {
  CellContent {
    Objects.requireNonNull(text, "text");
  }
}
