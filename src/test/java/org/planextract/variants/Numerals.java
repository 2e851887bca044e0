package org.planextract.variants;

/** Chinese and circled numerals for rewritten headings (1 → 一, 12 → 十二, 3 → ③). */
final class Numerals {
  private static final String DIGITS = "零一二三四五六七八九";

  String chinese(int n) {
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    if (n < 20) {
      return "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
    }
    if (n < 100) {
      return DIGITS.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
    }
    return String.valueOf(n);
  }

  /** The value of a heading number as labelled: 十二, 3, ③. */
  int value(String number) {
    if (number.matches("[0-9]+")) {
      return Integer.parseInt(number);
    }
    char c = number.charAt(0);
    if (number.length() == 1 && c >= '①' && c <= '⑳') {
      return c - '①' + 1;
    }
    int total = 0;
    int digit = 0;
    for (char ch : number.toCharArray()) {
      if (ch == '十') {
        total += (digit == 0 ? 1 : digit) * 10;
        digit = 0;
      } else {
        int d = DIGITS.indexOf(ch == '〇' ? '零' : ch);
        if (d < 0) {
          throw new IllegalArgumentException("not a numeral: " + number);
        }
        digit = d;
      }
    }
    return total + digit;
  }

  String circled(int n) {
    return String.valueOf((char) ('①' + n - 1));
  }

  String fullWidthDigits(int n) {
    StringBuilder s = new StringBuilder();
    for (char ch : String.valueOf(n).toCharArray()) {
      s.append((char) ('０' + ch - '0'));
    }
    return s.toString();
  }
}
