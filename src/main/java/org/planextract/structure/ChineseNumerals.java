package org.planextract.structure;

import java.util.OptionalInt;

/**
 * Reads the numerals headings and boxes are numbered with: Chinese (一, 十二, 二十一, 一百零五, 两,
 * 〇), Arabic in half or full width, and circled ① … ⑳.
 */
public final class ChineseNumerals {
  private static final String DIGITS = "〇一二三四五六七八九";

  /** The value of a numeral, or empty when it is not one. */
  public OptionalInt parse(String numeral) {
    if (numeral == null || numeral.isEmpty()) {
      return OptionalInt.empty();
    }
    String s = numeral.strip();
    if (s.length() == 1 && s.charAt(0) >= '①' && s.charAt(0) <= '⑳') {
      return OptionalInt.of(s.charAt(0) - '①' + 1);
    }
    if (s.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= '０' && c <= '９'))) {
      if (s.length() > 9) {
        return OptionalInt.empty();
      }
      int v = 0;
      for (char c : s.toCharArray()) {
        v = v * 10 + (c >= '０' ? c - '０' : c - '0');
      }
      return OptionalInt.of(v);
    }
    return chinese(s);
  }

  private static OptionalInt chinese(String s) {
    int total = 0;
    int digit = -1;
    boolean any = false;
    for (char c : s.toCharArray()) {
      int d = c == '两' ? 2 : c == '零' ? 0 : DIGITS.indexOf(c);
      if (d >= 0) {
        digit = d;
        any = true;
        continue;
      }
      int unit = switch (c) {
        case '十' -> 10;
        case '百' -> 100;
        case '千' -> 1000;
        default -> -1;
      };
      if (unit < 0) {
        return OptionalInt.empty();
      }
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
      any = true;
    }
    if (!any) {
      return OptionalInt.empty();
    }
    if (digit > 0) {
      total += digit;
    }
    return OptionalInt.of(total);
  }
}
