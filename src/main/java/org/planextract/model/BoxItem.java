package org.planextract.model;

import java.util.Objects;

/** One entry of a 专栏 box: {@code label：text}, or a numbered or plain line (label null). */
public record BoxItem(String label, String text) {
  public BoxItem {
    Objects.requireNonNull(text, "text");
  }
}
