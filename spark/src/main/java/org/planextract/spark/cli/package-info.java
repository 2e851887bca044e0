/** The Spark job's command line: the only code of this module that prints or exits. */
package org.planextract.spark.cli;
