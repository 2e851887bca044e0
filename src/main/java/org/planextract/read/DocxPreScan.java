package org.planextract.read;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.planextract.model.ErrorCode;
import org.planextract.problems.PlanExtractException;

/**
 * A streaming pass over every XML part of an opened .docx package before POI builds its object
 * model, which it does by recursion (a table cell makes its nested tables, a content control its
 * content): refuses tables, text boxes and content controls nested in each other more than
 * {@value #MAX_NESTING} deep, and elements nested more than {@value #MAX_ELEMENT_DEPTH} deep, with
 * {@code LIMIT_EXCEEDED} naming the bound; more than {@value #MAX_PARAGRAPHS} paragraphs, before
 * POI spends a minute building them; and a table of more than {@value #MAX_TABLE_ROWS} rows, which
 * POI walks in time growing with the square of its rows (its row list is an XmlBeans list that
 * counts the rows again at every step: 16,000 rows cost a second more than twice 8,000). Real documents nest a few levels. A part that is not
 * well-formed XML (or declares a DTD) is {@code CORRUPT}, as POI would report it. One per read.
 */
final class DocxPreScan {
  /** Tables, text boxes ({@code w:txbxContent}) and content controls ({@code w:sdt}) open inside each other. */
  static final int MAX_NESTING = 100;
  /** XML elements open inside each other, in any part (POI itself stops the main part at 1,000 DOM nodes). */
  static final int MAX_ELEMENT_DEPTH = 500;
  /** Paragraphs in the package, as the run's max-paragraphs default: POI would build 10^6 of them first. */
  static final int MAX_PARAGRAPHS = 200_000;
  /** Rows of one table, as the run's max-table-rows default (checked again, for every format, after reading). */
  static final int MAX_TABLE_ROWS = 20_000;
  private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private final XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
  private int paragraphs;

  DocxPreScan() {
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
  }

  void check(OPCPackage pkg) throws InvalidFormatException, IOException {
    for (PackagePart part : pkg.getParts()) {
      String type = part.getContentType();
      // The core properties part is already parsed, by POI into fields, when the package opens.
      if (!part.isRelationshipPart() && type != null && type.endsWith("xml")
          && !type.equals(ContentTypes.CORE_PROPERTIES_PART)) {
        try (InputStream in = part.getInputStream()) {
          check(in, part.getPartName().getName());
        }
      }
    }
  }

  private void check(InputStream in, String name) {
    int depth = 0;
    int nesting = 0;
    // Rows so far of each open table, innermost last (tables nest at most MAX_NESTING deep).
    int[] rows = new int[MAX_NESTING + 1];
    int tables = 0;
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (++depth > MAX_ELEMENT_DEPTH) {
            refuse("elements nested more than " + MAX_ELEMENT_DEPTH + " deep", name);
          }
          if (paragraph(xml) && ++paragraphs > MAX_PARAGRAPHS) {
            refuse("more than " + MAX_PARAGRAPHS + " paragraphs (max-paragraphs)", name);
          }
          if (container(xml) && ++nesting > MAX_NESTING) {
            refuse("tables, text boxes and content controls nested more than " + MAX_NESTING + " deep", name);
          }
          if (word(xml, "tbl")) {
            rows[tables++] = 0;
          } else if (word(xml, "tr") && tables > 0 && ++rows[tables - 1] > MAX_TABLE_ROWS) {
            refuse("a table of more than " + MAX_TABLE_ROWS + " rows (max-table-rows)", name);
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
          if (container(xml)) {
            nesting--;
          }
          if (word(xml, "tbl")) {
            tables--;
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new PlanExtractException(ErrorCode.CORRUPT, "not a readable .docx: " + name + " is not well-formed XML: "
          + String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip(), e);
    }
  }

  private static boolean paragraph(XMLStreamReader xml) {
    return word(xml, "p");
  }

  /** A WordprocessingML element of this local name. */
  private static boolean word(XMLStreamReader xml, String local) {
    return xml.getLocalName().equals(local) && W_NS.equals(xml.getNamespaceURI());
  }

  private static boolean container(XMLStreamReader xml) {
    if (!W_NS.equals(xml.getNamespaceURI())) {
      return false;
    }
    String local = xml.getLocalName();
    return local.equals("tbl") || local.equals("txbxContent") || local.equals("sdt");
  }

  private static void refuse(String what, String part) {
    throw new PlanExtractException(ErrorCode.LIMIT_EXCEEDED, "hostile .docx: " + what + " (" + part
        + ", refused before POI builds its model)");
  }
}
