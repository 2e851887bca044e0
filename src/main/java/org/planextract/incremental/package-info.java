/**
 * Which plans a rule edit can affect, for {@code extract --incremental}: a fingerprint of the rule
 * files (per file, and per target rule with the literal words its pattern cannot match without),
 * and the decision per plan whether its output from the previous rules still holds.
 */
package org.planextract.incremental;
