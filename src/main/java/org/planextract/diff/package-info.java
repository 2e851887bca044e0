/**
 * Two runs side by side ({@code plan-extract diff OUT_A OUT_B}): per plan and per field what was
 * added, removed or changed, and, with fixtures, which changes fixed a miss and which broke a hit
 * (after tika-eval's comparison reports).
 */
package org.planextract.diff;
