package org.planextract.read;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.ListTables;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.planextract.numerals.ChineseCounting;

/**
 * The .doc counterpart of {@link DocxNumbering}: restores automatic list numbers (第%1章, %1、,
 * （%2）) that Word shows but a .doc does not store in its text. A paragraph's list (ilfo) and
 * level (ilvl, after its style) give a number text whose characters 0–8 stand for the counters
 * of levels 1–9; counters are kept per list and restart deeper levels, and each counter is
 * rendered in its level's format (nfc, mapped to the OOXML name) with {@link ChineseCounting}.
 * One instance per document, fed paragraphs in order.
 */
final class DocNumbering {
  private static final int LEVELS = 9;
  private static final int NFC_BULLET = 23;
  private static final int NFC_NONE = 255;
  private static final int FOLLOW_NOTHING = 2;
  /** MS-DOC nfc values 0–47 in order, as the OOXML ST_NumberFormat names ChineseCounting knows. */
  private static final List<String> NFC_NAMES = List.of("decimal", "upperRoman", "lowerRoman", "upperLetter",
      "lowerLetter", "ordinal", "cardinalText", "ordinalText", "hex", "chicago", "ideographDigital",
      "japaneseCounting", "aiueo", "iroha", "decimalFullWidth", "decimalHalfWidth", "japaneseLegal",
      "japaneseDigitalTenThousand", "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth",
      "irohaFullWidth", "decimalZero", "bullet", "ganada", "chosung", "decimalEnclosedFullstop",
      "decimalEnclosedParen", "decimalEnclosedCircleChinese", "ideographEnclosedCircle", "ideographTraditional",
      "ideographZodiac", "ideographZodiacTraditional", "taiwaneseCounting", "ideographLegalTraditional",
      "taiwaneseCountingThousand", "taiwaneseDigital", "chineseCounting", "chineseLegalSimplified",
      "chineseCountingThousand", "koreanDigital", "koreanCounting", "koreanLegal", "koreanDigital2",
      "vietnameseCounting", "russianLower", "russianUpper", "none");

  private final ListTables lists;
  private final ChineseCounting counting = new ChineseCounting();
  private final Map<Integer, int[]> counters = new TreeMap<>();

  DocNumbering(HWPFDocument document) {
    this.lists = document.getListTables();
  }

  /** The OOXML name of an MS-DOC number format code; unknown codes count as decimal. */
  static String formatName(int nfc) {
    if (nfc == NFC_NONE) {
      return "none";
    }
    return nfc >= 0 && nfc < NFC_NAMES.size() ? NFC_NAMES.get(nfc) : "decimal";
  }

  /** The rendered number with its suffix ("一、", "第一章 "), or empty when not numbered. */
  String prefix(Paragraph paragraph) {
    if (lists == null || !paragraph.isInList()) {
      return "";
    }
    int ilfo = paragraph.getIlfo();
    int ilvl = paragraph.getIlvl();
    if (ilfo <= 0 || ilvl < 0 || ilvl >= LEVELS) {
      return "";
    }
    HWPFList list;
    try {
      list = paragraph.getList();
    } catch (NoSuchElementException | IllegalArgumentException | IndexOutOfBoundsException e) {
      return ""; // a list reference the file's list tables do not hold: show the text without a number
    }
    if (list == null) {
      return "";
    }
    int nfc = list.getNumberFormat((char) ilvl);
    if (nfc == NFC_BULLET || nfc == NFC_NONE) {
      return "";
    }
    int[] counter = counters.computeIfAbsent(ilfo, k -> new int[LEVELS]);
    counter[ilvl] = counter[ilvl] == 0 ? list.getStartAt((char) ilvl) : counter[ilvl] + 1;
    for (int deeper = ilvl + 1; deeper < LEVELS; deeper++) {
      counter[deeper] = 0;
    }
    String text = list.getNumberText((char) ilvl);
    StringBuilder out = new StringBuilder();
    for (char c : (text == null ? "" : text).toCharArray()) {
      if (c < LEVELS) {
        int value = counter[c] == 0 ? list.getStartAt(c) : counter[c];
        out.append(counting.format(value, formatName(list.getNumberFormat(c))));
      } else {
        out.append(c);
      }
    }
    return list.getTypeOfCharFollowingTheNumber((char) ilvl) == FOLLOW_NOTHING ? out.toString() : out + " ";
  }
}
