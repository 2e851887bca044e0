package org.planextract.numerals;

/**
 * Renders list counters the way Word does for the formats Chinese plans use: chineseCounting
 * (一 … 十一 … 二十 … 一百), decimalEnclosedCircle (①), decimalFullWidth, letters, roman.
 */
public final class ChineseCounting {
  private static final String DIGITS = "〇一二三四五六七八九";

  /** The counter {@code n} in the OOXML number format {@code numFmt} (decimal when null or unknown). */
  public String format(int n, String numFmt) {
    return switch (numFmt == null ? "decimal" : numFmt) {
      case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified",
          "ideographDigital", "taiwaneseCounting", "taiwaneseCountingThousand" -> chinese(n);
      case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
          n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : Integer.toString(n);
      case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(n);
      case "upperLetter" -> letter(n, 'A');
      case "lowerLetter" -> letter(n, 'a');
      case "upperRoman" -> roman(n);
      case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
      case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf("甲乙丙丁戊己庚辛壬癸".charAt(n - 1))
          : Integer.toString(n);
      default -> Integer.toString(n);
    };
  }

  /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. */
  static String chinese(int n) {
    if (n <= 0) {
      return Integer.toString(n);
    }
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    if (n < 20) {
      return "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
    }
    if (n < 100) {
      return DIGITS.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
    }
    if (n < 1000) {
      int rest = n % 100;
      String tail = rest == 0 ? "" : rest < 10 ? "零" + DIGITS.charAt(rest)
          : rest < 20 ? "一" + chinese(rest) : chinese(rest);
      return DIGITS.charAt(n / 100) + "百" + tail;
    }
    return Integer.toString(n);
  }

  private static String fullWidth(int n) {
    StringBuilder sb = new StringBuilder();
    for (char c : Integer.toString(n).toCharArray()) {
      sb.append((char) (c - '0' + '０'));
    }
    return sb.toString();
  }

  private static String letter(int n, char base) {
    if (n < 1) {
      return Integer.toString(n);
    }
    char c = (char) (base + (n - 1) % 26);
    return String.valueOf(c).repeat((n - 1) / 26 + 1);
  }

  private static String roman(int n) {
    if (n < 1 || n > 3999) {
      return Integer.toString(n);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder sb = new StringBuilder();
    int rest = n;
    for (int i = 0; i < values.length; i++) {
      while (rest >= values[i]) {
        sb.append(symbols[i]);
        rest -= values[i];
      }
    }
    return sb.toString();
  }
}
