package org.planextract.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Input formats a document can come in. */
public enum Format {
  TXT("txt"),
  DOCX("docx"),
  /** Word 97–2003 binary (OLE2), also what WPS saves as .wps/.doc. */
  DOC("doc"),
  HTML("html"),
  PDF("pdf");

  private final String wire;

  Format(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }
}
