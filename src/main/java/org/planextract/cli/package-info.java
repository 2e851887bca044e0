/**
 * The command line (picocli): argument parsing, exit codes and printing only; the work is done by
 * {@link org.planextract.CorpusRun} and {@link org.planextract.eval}. The only package that writes
 * to stdout/stderr or calls {@code System.exit}.
 */
package org.planextract.cli;
