/**
 * Numerals, in one place: reading the numbers headings and boxes are numbered with
 * ({@link org.planextract.numerals.ChineseNumerals}: 十二, ⑴, ㈠) and rendering list counters as
 * Word does ({@link org.planextract.numerals.ChineseCounting}: chineseCounting, ①). Depends on
 * nothing of ours, so both the readers and the structure stage may use it.
 */
package org.planextract.numerals;
