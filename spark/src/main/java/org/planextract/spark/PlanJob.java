package org.planextract.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.planextract.model.PlanDocument;
import org.planextract.run.CorpusRun;
import org.planextract.write.IndicatorsCsvWriter;
import org.planextract.write.JsonOutput;

/**
 * The job: lists the inputs on the driver (CLI docIds and order), extracts the documents on the
 * executors one partition at a time with one shared extractor per executor JVM, and writes
 * {@code plans/} (JSON Lines, in input order), {@code indicators/}, {@code targets/} and
 * {@code failures/} (Parquet, sorted by input order then row), then {@code _manifest.json} last, so a
 * folder with a manifest is complete. Output is the same whatever the partitioning.
 */
public final class PlanJob {
  private static final String ORDER = "inputOrder";
  private static final String ROW = "rowIndex";

  /** What a finished job reports back to its caller. */
  public record Result(JobManifest manifest, List<DocumentResult> failures) {}

  private final RuleBundle rules;

  /** A job with these rules (loaded and validated on the driver by {@link RuleBundle#read}). */
  public PlanJob(RuleBundle rules) {
    this.rules = rules;
  }

  public Result run(SparkSession spark, JobOptions options) throws IOException {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Path out = new Path(options.outDir());
    FileSystem outFs = out.getFileSystem(hadoop);
    outFs.delete(new Path(out, "_manifest.json"), false);
    List<DocumentTask> tasks = new InputListing(hadoop).list(options.inputs());

    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int partitions = options.partitions() > 0 ? options.partitions() : 4 * jsc.defaultParallelism();
    partitions = Math.max(1, Math.min(partitions, tasks.size()));
    RuleBundle rules = this.rules;
    Broadcast<RuleBundle> rulesOnExecutors = jsc.broadcast(rules);
    Broadcast<HadoopConf> hadoopOnExecutors = jsc.broadcast(HadoopConf.of(hadoop));
    Limits limits = options.limits();
    LongAccumulator documentNanos = jsc.sc().longAccumulator("documentNanos");
    JavaRDD<DocumentResult> results = jsc.parallelize(tasks, partitions)
        .mapPartitions(it -> extract(it, rulesOnExecutors.value(), hadoopOnExecutors.value(), limits, documentNanos))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      writePlans(spark, results, options.outDir() + "/plans");
      writeTable(spark, results, new ColumnTypes(IndicatorsCsvWriter.COLUMNS), false, options.outDir() + "/indicators");
      writeTable(spark, results, new ColumnTypes(TargetRows.COLUMNS), true, options.outDir() + "/targets");
      List<DocumentResult> failures = writeFailures(spark, results, options.outDir() + "/failures");
      long[] counts = results.map(r -> new long[] {r.isOk() ? 1 : 0, r.indicatorRows().size(), r.targetRows().size()})
          .fold(new long[3], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
      BigDecimal seconds = BigDecimal.valueOf(System.nanoTime() - t0).movePointLeft(9).setScale(3, RoundingMode.HALF_UP);
      JobManifest manifest = new JobManifest("plan-extract-spark", CorpusRun.toolVersion(), PlanDocument.SCHEMA_VERSION,
          spark.version(), rules.source(), rules.sha256(), started.toString(), seconds, partitions, tasks.size(),
          (int) counts[0], tasks.size() - (int) counts[0], counts[1], counts[2],
          BigDecimal.valueOf(documentNanos.value()).movePointLeft(9).setScale(3, RoundingMode.HALF_UP));
      writeManifest(outFs, out, manifest);
      return new Result(manifest, failures);
    } finally {
      results.unpersist(false);
      rulesOnExecutors.destroy();
      hadoopOnExecutors.destroy();
    }
  }

  /**
   * Runs on an executor: one processor per partition, sharing the JVM's extractor; the time spent
   * on each document (reading and extraction) adds up in {@code documentNanos}.
   */
  private static Iterator<DocumentResult> extract(Iterator<DocumentTask> tasks, RuleBundle rules, HadoopConf hadoop,
      Limits limits, LongAccumulator documentNanos) {
    DocumentProcessor processor = new DocumentProcessor(ExtractorCache.get(rules), hadoop.toConfiguration(), limits);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return tasks.hasNext();
      }

      @Override
      public DocumentResult next() {
        long t0 = System.nanoTime();
        DocumentResult result = processor.process(tasks.next());
        documentNanos.add(System.nanoTime() - t0);
        return result;
      }
    };
  }

  private static void writePlans(SparkSession spark, JavaRDD<DocumentResult> results, String dir) {
    StructType schema = new StructType().add(ORDER, DataTypes.IntegerType, false).add("json", DataTypes.StringType, false);
    JavaRDD<Row> rows = results.filter(DocumentResult::isOk).map(r -> RowFactory.create(r.order(), r.planJson()));
    spark.createDataFrame(rows, schema).orderBy(ORDER).select("json")
        .write().mode(SaveMode.Overwrite).option("compression", "none").text(dir);
  }

  private static void writeTable(SparkSession spark, JavaRDD<DocumentResult> results, ColumnTypes columns,
      boolean targets, String dir) {
    StructType schema = new StructType().add(ORDER, DataTypes.IntegerType, false).add(ROW, DataTypes.IntegerType, false);
    for (var field : columns.schema().fields()) {
      schema = schema.add(field);
    }
    JavaRDD<Row> rows = results.flatMap(r -> {
      List<List<String>> cells = targets ? r.targetRows() : r.indicatorRows();
      List<Row> out = new ArrayList<>(cells.size());
      for (int i = 0; i < cells.size(); i++) {
        out.add(columns.row(cells.get(i), r.order(), i));
      }
      return out.iterator();
    });
    Dataset<Row> table = spark.createDataFrame(rows, schema).orderBy(ORDER, ROW).drop(ORDER, ROW);
    table.write().mode(SaveMode.Overwrite).parquet(dir);
  }

  private static List<DocumentResult> writeFailures(SparkSession spark, JavaRDD<DocumentResult> results, String dir) {
    StructType schema = new StructType().add(ORDER, DataTypes.IntegerType, false)
        .add("path", DataTypes.StringType, false).add("docId", DataTypes.StringType, true)
        .add("code", DataTypes.StringType, false).add("reason", DataTypes.StringType, false);
    JavaRDD<DocumentResult> failed = results.filter(r -> !r.isOk());
    JavaRDD<Row> rows = failed.map(r -> RowFactory.create(r.order(), r.path(), r.docId(), r.errorCode(), r.reason()));
    spark.createDataFrame(rows, schema).orderBy(ORDER).drop(ORDER).write().mode(SaveMode.Overwrite).parquet(dir);
    List<DocumentResult> list = new ArrayList<>(failed.collect());
    list.sort(java.util.Comparator.comparingInt(DocumentResult::order));
    return List.copyOf(list);
  }

  /** Written last and renamed into place: a folder with a manifest holds a finished job. */
  private static void writeManifest(FileSystem fs, Path out, JobManifest manifest) throws IOException {
    Path part = new Path(out, "._manifest.json.part");
    try (OutputStream os = fs.create(part, true)) {
      os.write(new JsonOutput().pretty(manifest).getBytes(StandardCharsets.UTF_8));
    }
    Path target = new Path(out, "_manifest.json");
    fs.delete(target, false);
    if (!fs.rename(part, target)) {
      throw new IOException("cannot rename " + part + " to " + target);
    }
  }
}
