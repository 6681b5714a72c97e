package org.khaldun.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.khaldun.model.Notice;

/**
 * The coder as a Spark application: reads articles, codes them on the executors with the stages
 * {@code code} uses (built once per executor JVM), groups mentions into events per event key with
 * core's rule, and writes {@code articles/}, {@code mentions/} and {@code events/} (Parquet, by
 * event month), {@code rejects/} and {@code _SUMMARY.json} under the output directory. The output
 * depends on the input alone: not on partitioning, executors or task retries. Submit it with {@code
 * spark-submit --class org.khaldun.spark.CodeJob khaldun-spark-job.jar INPUT... --out DIR}.
 */
public final class CodeJob {
  private final SparkSession spark;
  private final JobConfig config;
  private final StageSource stages;

  public CodeJob(SparkSession spark, JobConfig config, StageSource stages) {
    this.spark = spark;
    this.config = config;
    this.stages = stages;
  }

  /** The {@code spark-submit} entry point: the options of {@code khaldun spark code}. */
  public static void main(String[] args) {
    System.exit(Main.run("code", args));
  }

  /** Runs the job; {@code stdin} is read for an input {@code -}. */
  public JobSummary run(InputStream stdin, List<Notice> notices) {
    long start = System.nanoTime();
    ArticleInputs.Read read = ArticleInputs.read(spark, config, stdin);
    notices.addAll(read.notices());
    long readDone = System.nanoTime();

    Dataset<Row> coded =
        read.rows()
            .mapPartitions(new CodePartition(config, stages), Encoders.row(Columns.CODED))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> ok = coded.filter(col("reason").isNull());
    Dataset<Row> grouped =
        ok.select(explode(col("mentions")).as("m"))
            .select("m.*")
            .groupByKey((MapFunction<Row, String>) r -> r.getAs("event_key"), Encoders.STRING())
            .flatMapGroups(new EventGroups(), Encoders.row(Columns.GROUPED))
            .persist(StorageLevel.MEMORY_AND_DISK());

    String out = config.out();
    ok.select("article_id", "url", "outlet", "published", "title", "text", "sentences")
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(out + "/articles");
    coded
        .filter(col("reason").isNotNull())
        .select(
            col("origin").as("source"), col("line"), col("article_id"), col("stage"), col("reason"))
        .orderBy("source", "line", "reason")
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(out + "/rejects");
    grouped
        .select(mentionColumns())
        .write()
        .mode(SaveMode.Overwrite)
        .partitionBy("event_month")
        .parquet(out + "/mentions");
    grouped
        .filter(col("mention_id").equalTo(col("representative")))
        .select(eventColumns())
        .write()
        .mode(SaveMode.Overwrite)
        .partitionBy("event_month")
        .parquet(out + "/events");

    JobSummary summary =
        new JobSummary(
            ok.count(),
            coded.count() - ok.count(),
            grouped.count(),
            grouped.filter(col("mention_id").equalTo(col("representative"))).count(),
            config.partitions(),
            (readDone - start) / 1e9,
            (System.nanoTime() - readDone) / 1e9);
    coded.unpersist();
    grouped.unpersist();
    read.cached().forEach(Dataset::unpersist);
    summary.write(out, spark.sparkContext().hadoopConfiguration());
    return summary;
  }

  private static Column[] mentionColumns() {
    List<Column> columns = new ArrayList<>();
    for (String name : Columns.MENTION.fieldNames()) {
      columns.add(col(name));
    }
    columns.add(col("event_id"));
    columns.add(col("event_month"));
    return columns.toArray(new Column[0]);
  }

  /** The store's {@code events} columns, the representative mention's codes among them. */
  private static Column[] eventColumns() {
    return new Column[] {
      col("event_id"),
      col("event_seq"),
      col("event_date").as("date"),
      col("family"),
      col("first_actor"),
      col("second_actor"),
      col("unordered"),
      col("source_code"),
      col("source_country"),
      col("source_name"),
      col("target_code"),
      col("target_country"),
      col("target_name"),
      col("cameo"),
      col("cameo_root"),
      col("quad_class"),
      col("goldstein"),
      col("plover"),
      col("plover_mode"),
      col("num_mentions"),
      col("num_sources"),
      col("num_articles"),
      col("first_seen"),
      col("last_seen"),
      col("representative"),
      col("evidence"),
      col("record"),
      col("event_month")
    };
  }
}
