/**
 * The extraction as an Apache Spark job: inputs listed on the driver, documents extracted per
 * partition on the executors by the same {@link org.planextract.PlanExtractor} the CLI uses, and the
 * results written as JSON Lines and Parquet. The only package of this module that imports Spark or
 * Hadoop besides {@code cli}.
 */
package org.planextract.spark;
