package org.planextract.numerals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseCountingTest {
  private final ChineseCounting counting = new ChineseCounting();

  @ParameterizedTest
  @CsvSource({"1,chineseCounting,一", "10,chineseCounting,十", "11,chineseCounting,十一", "20,chineseCounting,二十",
      "24,chineseCountingThousand,二十四", "105,chineseCounting,一百零五", "110,chineseCounting,一百一十",
      "3,decimal,3", "3,decimalEnclosedCircle,③", "12,decimalFullWidth,１２", "2,upperLetter,B",
      "4,lowerRoman,iv", "2,ideographTraditional,乙"})
  void formats(int n, String fmt, String expected) {
    assertEquals(expected, counting.format(n, fmt));
  }
}
