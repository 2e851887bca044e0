package org.planextract.read;

/** Bytes turned into text, with the charset that did it. */
record DecodedText(String text, String charset) {}
