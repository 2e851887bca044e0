package org.planextract.numerals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {
  private final ChineseNumerals numerals = new ChineseNumerals();

  @ParameterizedTest
  @CsvSource({"一,1", "十,10", "十二,12", "二十,20", "二十一,21", "九十九,99", "一百,100", "一百零五,105",
      "两,2", "〇,0", "3,3", "12,12", "１２,12", "①,1", "⑳,20"})
  void reads(String numeral, int value) {
    assertEquals(value, numerals.parse(numeral).getAsInt());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "甲", "十a", "abc"})
  void rejects(String numeral) {
    assertTrue(numerals.parse(numeral).isEmpty());
  }
}
