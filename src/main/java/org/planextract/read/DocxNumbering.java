package org.planextract.read;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.planextract.numerals.ChineseCounting;

/**
 * Restores automatic numbering that Word shows but does not store in the text (第%1章, %1、,
 * （%2）). Resolves paragraph numPr, else the paragraph style's numPr (following basedOn), to an
 * abstractNum level; keeps a counter per (numId, level), restarting deeper levels; and renders the
 * level text with {@link ChineseCounting}. One instance per document, fed paragraphs in order.
 */
final class DocxNumbering {
  private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final Pattern LEVEL_REF = Pattern.compile("%([1-9])");
  private static final int MAX_STYLE_DEPTH = 16;
  private static final int LEVELS = 9;

  private final XWPFNumbering numbering;
  /** The longest heading number a template may build (第一百二十三章 is 8): longer is cut, not built. */
  static final int MAX_PREFIX = 64;
  /** Counter values above this are printed as digits (a letter format would repeat the letter n/26 times). */
  private static final int MAX_FORMATTED = 9999;
  private final XWPFStyles styles;
  private final ChineseCounting counting = new ChineseCounting();
  private final Map<BigInteger, int[]> counters = new HashMap<>();

  DocxNumbering(XWPFDocument document) {
    this.numbering = document.getNumbering();
    this.styles = document.getStyles();
  }

  /** The rendered number with its suffix ("一、", "第一章 "), or empty when not numbered. */
  String prefix(XWPFParagraph paragraph) {
    if (numbering == null) {
      return "";
    }
    Optional<LevelRef> ref = resolve(paragraph);
    if (ref.isEmpty()) {
      return "";
    }
    BigInteger numId = ref.get().numId();
    int ilvl = ref.get().ilvl();
    XWPFNum num = numbering.getNum(numId);
    if (num == null || num.getCTNum().getAbstractNumId() == null) {
      return "";
    }
    XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
    if (abstractNum == null) {
      return "";
    }
    CTAbstractNum ct = abstractNum.getCTAbstractNum();
    CTLvl lvl = level(ct, ilvl);
    if (lvl == null) {
      return "";
    }
    String fmt = format(lvl);
    if (fmt.equals("bullet") || fmt.equals("none")) {
      return "";
    }
    int[] counter = counters.computeIfAbsent(numId, k -> new int[LEVELS]);
    counter[ilvl] = counter[ilvl] == 0 ? start(num, ct, ilvl) : counter[ilvl] + 1;
    for (int deeper = ilvl + 1; deeper < LEVELS; deeper++) {
      counter[deeper] = 0;
    }
    String text = lvl.getLvlText() == null || lvl.getLvlText().getVal() == null ? "" : lvl.getLvlText().getVal();
    if (text.length() > MAX_PREFIX) {
      // A real number template is a few characters (第%1章, %1.%2); a longer one is cut before it is built.
      text = text.substring(0, MAX_PREFIX);
    }
    Matcher m = LEVEL_REF.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int ref1 = Integer.parseInt(m.group(1)) - 1;
      CTLvl refLvl = level(ct, ref1);
      String refFmt = refLvl == null ? "decimal" : format(refLvl);
      int value = counter[ref1] == 0 ? start(num, ct, ref1) : counter[ref1];
      String number = value > MAX_FORMATTED ? Integer.toString(value) : counting.format(value, refFmt);
      m.appendReplacement(out, Matcher.quoteReplacement(number));
      if (out.length() > MAX_PREFIX) {
        break;
      }
    }
    if (out.length() <= MAX_PREFIX) {
      m.appendTail(out);
    }
    if (out.length() > MAX_PREFIX) {
      out.setLength(MAX_PREFIX);
    }
    String suffix = suffix(lvl);
    return suffix.equals("nothing") ? out.toString() : out + " ";
  }

  private record LevelRef(BigInteger numId, int ilvl) {}

  /** A level's w:numFmt, "decimal" when absent or without a value (Word's default). */
  private static String format(CTLvl lvl) {
    if (lvl.getNumFmt() == null) {
      return "decimal";
    }
    try (XmlCursor cursor = lvl.getNumFmt().newCursor()) {
      String val = cursor.getAttributeText(new QName(W_NS, "val"));
      return val == null || val.isBlank() ? "decimal" : val;
    }
  }

  /** The level's w:suff value (tab, space, nothing); read by cursor as poi-ooxml-lite lacks its type. */
  private static String suffix(CTLvl lvl) {
    XmlObject[] found = lvl.selectPath("declare namespace w='" + W_NS + "' $this/w:suff");
    if (found.length == 0) {
      return "tab";
    }
    try (XmlCursor cursor = found[0].newCursor()) {
      String val = cursor.getAttributeText(new QName(W_NS, "val"));
      return val == null ? "tab" : val;
    }
  }

  private Optional<LevelRef> resolve(XWPFParagraph paragraph) {
    CTPPrBase ppr = paragraph.getCTP().getPPr();
    CTNumPr numPr = ppr == null ? null : ppr.getNumPr();
    String styleId = paragraph.getStyleID();
    if (numPr != null && numPr.getNumId() != null) {
      return levelRef(numPr.getNumId(), numPr.getIlvl(), styleId);
    }
    String id = styleId;
    for (int depth = 0; id != null && styles != null && depth < MAX_STYLE_DEPTH; depth++) {
      XWPFStyle style = styles.getStyle(id);
      if (style == null) {
        break;
      }
      CTStyle ct = style.getCTStyle();
      if (ct.getPPr() != null && ct.getPPr().getNumPr() != null
          && ct.getPPr().getNumPr().getNumId() != null) {
        CTNumPr styleNum = ct.getPPr().getNumPr();
        return levelRef(styleNum.getNumId(), styleNum.getIlvl(), styleId);
      }
      id = ct.getBasedOn() == null ? null : ct.getBasedOn().getVal();
    }
    return Optional.empty();
  }

  private Optional<LevelRef> levelRef(CTDecimalNumber numIdRef, CTDecimalNumber ilvlRef, String styleId) {
    BigInteger numId = numIdRef.getVal();
    if (numId == null || numId.signum() == 0) {
      return Optional.empty();
    }
    int ilvl = ilvlRef != null && ilvlRef.getVal() != null ? ilvlRef.getVal().intValue()
        : levelForStyle(numId, styleId);
    if (ilvl < 0 || ilvl >= LEVELS) {
      return Optional.empty();
    }
    return Optional.of(new LevelRef(numId, ilvl));
  }

  private int levelForStyle(BigInteger numId, String styleId) {
    XWPFNum num = numbering.getNum(numId);
    if (num == null || styleId == null || num.getCTNum().getAbstractNumId() == null) {
      return 0;
    }
    XWPFAbstractNum abs = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
    if (abs == null) {
      return 0;
    }
    for (CTLvl lvl : abs.getCTAbstractNum().getLvlArray()) {
      if (lvl.getPStyle() != null && styleId.equals(lvl.getPStyle().getVal())) {
        return lvl.getIlvl().intValue();
      }
    }
    return 0;
  }

  private static CTLvl level(CTAbstractNum abs, int ilvl) {
    for (CTLvl lvl : abs.getLvlArray()) {
      if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == ilvl) {
        return lvl;
      }
    }
    return null;
  }

  private static int start(XWPFNum num, CTAbstractNum abs, int ilvl) {
    for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
      if (override.getIlvl() != null && override.getIlvl().intValue() == ilvl
          && override.getStartOverride() != null) {
        return override.getStartOverride().getVal().intValue();
      }
    }
    CTLvl lvl = level(abs, ilvl);
    return lvl != null && lvl.getStart() != null ? lvl.getStart().getVal().intValue() : 1;
  }
}
