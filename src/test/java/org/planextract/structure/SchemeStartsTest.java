package org.planextract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.planextract.TestCorpus;
import org.planextract.normalize.TextNormalizer;

/**
 * A scheme left out by the first character could not have matched: over every corpus line and
 * generated headings of other plans' numbering (第1部分, （十二）, 3.2.1, ⑴, ㈠ …) and random lines,
 * each scheme that matches is among the candidates; and the filter does leave schemes out.
 */
class SchemeStartsTest {
  private final List<NumberingScheme> schemes = TestCorpus.rules().heading().schemes();
  private final SchemeStarts starts = new SchemeStarts(schemes);

  private List<String> lines() throws Exception {
    List<String> out = new ArrayList<>();
    for (String id : TestCorpus.docIds()) {
      for (String line : Files.readAllLines(TestCorpus.file(id, "txt"), StandardCharsets.UTF_8)) {
        out.add(TextNormalizer.fold(line.strip()));
      }
    }
    out.addAll(List.of("第1部分 总则", "第 十二 章 保障", "第三节　目标", "十二、主要任务", "（十二）改革", "(3)　健康",
        "3.2.1 强化", "3.2 强化", "12. 推进", "12、推进", "⑴ 健全", "⒓ 完善", "㈠ 体系", "⑳ 其他", "一 总体要求",
        "", " ", "、", "第", "（", "1", "\ud83d\ude00 表情", "\ud83d", "Ⅳ、保障"));
    Random random = new Random(15);
    String alphabet = "第一二三十百章节部分篇、.,，()（）[]0123456789 ①⑳⑴⒈㈠　Ⅱ规划\ud83dxX";
    for (int i = 0; i < 20000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(8); k > 0; k--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      out.add(TextNormalizer.fold(b.toString()));
    }
    return out;
  }

  @Test
  void everySchemeThatMatchesALineIsACandidate() throws Exception {
    int matches = 0;
    for (String line : lines()) {
      long candidates = starts.candidates(line);
      for (int i = 0; i < schemes.size(); i++) {
        Pattern p = schemes.get(i).pattern();
        if (p.matcher(line).lookingAt()) {
          matches++;
          assertTrue(SchemeStarts.includes(candidates, i), schemes.get(i).id() + " on '" + line + "'");
        }
      }
    }
    assertTrue(matches > 1000, "matches " + matches);
  }

  @Test
  void linesOfProseTryNoScheme() {
    assertEquals(0, starts.candidates("加快建设健康城市"));
    assertEquals(0, starts.candidates("各地要加强组织领导"));
    assertFalse(SchemeStarts.includes(starts.candidates("第一章 总则"), indexOf("arabic-paren")));
  }

  private int indexOf(String id) {
    for (int i = 0; i < schemes.size(); i++) {
      if (schemes.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no scheme " + id + " in " + schemes.stream().map(NumberingScheme::id).toList());
  }
}
