package org.planextract.numerals;

import java.util.OptionalInt;

/**
 * Reads the numerals headings and boxes are numbered with: Chinese (一, 十二, 二十一, 一百零五, 两,
 * 〇), Arabic in half or full width, circled ① … ⑳, and the compatibility forms word processors
 * insert for numbered lists: ⑴ … ⒇, ⒈ … ⒛, ㈠ … ㈩.
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
    if (s.length() == 1 && compatibilityValue(s.charAt(0)) > 0) {
      return OptionalInt.of(compatibilityValue(s.charAt(0)));
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

  /**
   * A numeral as an outline reports it: full-width digits as ASCII, ⑴ and ⒈ as Arabic digits, ㈠
   * as a Chinese numeral; others as written (一, 12, ①).
   */
  public String canonical(String written) {
    String s = written.strip();
    if (s.length() == 1 && compatibilityValue(s.charAt(0)) > 0) {
      int v = compatibilityValue(s.charAt(0));
      return s.charAt(0) >= '\u3220' ? String.valueOf(DIGITS.charAt(v % 10)).replace("〇", "十") : String.valueOf(v);
    }
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      out.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
    }
    return out.toString();
  }

  /** ⑴–⒇ and ⒈–⒛ give 1–20, ㈠–㈩ give 1–10; anything else 0. */
  private static int compatibilityValue(char c) {
    if (c >= '\u2474' && c <= '\u2487') {
      return c - '\u2474' + 1;
    }
    if (c >= '\u2488' && c <= '\u249b') {
      return c - '\u2488' + 1;
    }
    if (c >= '\u3220' && c <= '\u3229') {
      return c - '\u3220' + 1;
    }
    return 0;
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
