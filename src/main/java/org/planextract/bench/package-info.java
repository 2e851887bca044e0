/**
 * The benchmark behind {@code plan-extract bench}: throughput of reading alone, of HanLP
 * segmentation alone and of the whole pipeline over a corpus repeated to a given size, with peak
 * heap. Measured, never asserted: machines are shared and noisy.
 */
package org.planextract.bench;
