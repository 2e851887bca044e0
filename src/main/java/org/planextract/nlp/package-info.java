/**
 * Word segmentation behind a port: {@link org.planextract.nlp.Segmenter} with our own {@link
 * org.planextract.nlp.Term}; {@link org.planextract.nlp.HanLpSegmenter} is the only class that
 * imports HanLP and hides its static configuration (custom dictionary, offsets).
 */
package org.planextract.nlp;
