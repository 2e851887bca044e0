package org.planextract.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.planextract.CorpusExtraction;
import org.planextract.TestCorpus;
import org.planextract.model.PlanDocument;

class IndicatorsExportTest {
  private final List<PlanDocument> docs = TestCorpus.docIds().stream()
      .map(id -> CorpusExtraction.extract(id, "txt")).toList();

  @Test
  void csvHasBomHeaderAndOneRowPerIndicator() throws Exception {
    String csv = new IndicatorsCsvWriter().render(docs);
    assertTrue(csv.startsWith("\ufeff"));
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv.substring(1))) {
      List<List<String>> rows = it.readAll();
      assertEquals(IndicatorsCsvWriter.COLUMNS, rows.get(0));
      int total = docs.stream().mapToInt(d -> d.indicators().size()).sum();
      assertEquals(total + 1, rows.size());
      List<String> first = rows.get(1);
      assertEquals("人均预期寿命", first.get(IndicatorsCsvWriter.COLUMNS.indexOf("name")));
      assertEquals("77.6", first.get(IndicatorsCsvWriter.COLUMNS.indexOf("targetValue")));
    }
  }

  @Test
  void xlsxHasFrozenHeaderAndNumericCells() throws Exception {
    byte[] bytes = new IndicatorsXlsxWriter().render(docs);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = book.getSheet("indicators");
      assertEquals("docId", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
      int value = IndicatorsCsvWriter.COLUMNS.indexOf("targetValue");
      assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(value).getCellType());
      assertEquals(77.6, sheet.getRow(1).getCell(value).getNumericCellValue(), 1e-9);
      assertEquals(docs.stream().mapToInt(d -> d.indicators().size()).sum(), sheet.getLastRowNum());
    }
  }
}
