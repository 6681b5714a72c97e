package org.khaldun.spark;

import static org.apache.spark.sql.functions.col;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.khaldun.ingest.ArticleSink;
import org.khaldun.ingest.Ingest;
import org.khaldun.ingest.UniqueIds;
import org.khaldun.model.Article;
import org.khaldun.model.Notice;
import org.khaldun.model.Rejected;

/**
 * The job's input as rows of {@link Columns#INPUT}, with {@code code}'s id rules over the whole
 * run: an id read again with the same text is skipped, with other text it is derived, and an
 * article whose text was already read under another id is left out, as the store leaves it out.
 *
 * <ul>
 *   <li>Local files, directories and {@code -} are read on the driver by core's {@link Ingest}, so
 *       ids, rejects and notices are exactly those of {@code code}.
 *   <li>Hadoop paths ({@code file:}, {@code hdfs:}, {@code s3a:}) of the same formats are listed on
 *       the driver and read by the executors ({@link HadoopFiles}); only each record's id and text
 *       digest come to the driver, which decides ids by the same {@link UniqueIds}, in input order.
 *   <li>Parquet ({@code .parquet}, or a Hadoop directory of Parquet files) is read by Spark, each
 *       row by the rules of a JSON line and taken as it is.
 * </ul>
 */
final class ArticleInputs {
  private ArticleInputs() {}

  /** What the driver read: the rows to code, what it noted, and what to release after the job. */
  record Read(Dataset<Row> rows, List<Notice> notices, List<Dataset<Row>> cached) {}

  static Read read(SparkSession spark, JobConfig config, InputStream stdin) {
    List<String> parquet = new ArrayList<>();
    List<String> uris = new ArrayList<>();
    List<Integer> uriIndexes = new ArrayList<>();
    for (int i = 0; i < config.inputs().size(); i++) {
      String input = config.inputs().get(i);
      if (isParquet(input)) {
        parquet.add(input);
      } else if (HadoopFiles.isUri(input)) {
        uris.add(input);
        uriIndexes.add(i);
      }
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    HadoopFiles.Listing listing =
        HadoopFiles.list(uris, uriIndexes, spark.sparkContext().hadoopConfiguration());
    parquet.addAll(listing.parquet());
    Dataset<Row> read = null;
    List<Row> keys = List.of();
    if (!listing.files().isEmpty()) {
      read = readFiles(spark, jsc, config, listing.files());
      keys =
          read.filter(col("reason").isNull())
              .select("file_order", "line", "origin", "article_id", "digest")
              .orderBy("file_order", "line")
              .collectAsList();
    }

    // Every input in the order given, so the first reading of an id or a text wins, as in code.
    List<Notice> notices = new ArrayList<>(listing.notices());
    List<Row> local = new ArrayList<>();
    List<Row> decided = new ArrayList<>();
    Set<String> texts = new HashSet<>();
    UniqueIds ids = new UniqueIds(localSink(local, texts, notices));
    Ingest ingest = new Ingest(config.toKhaldun().limits(), stdin);
    int next = 0;
    for (int i = 0; i < config.inputs().size(); i++) {
      String input = config.inputs().get(i);
      if (isParquet(input)) {
        continue;
      }
      if (!HadoopFiles.isUri(input)) {
        ingest.read(List.of(input), ids);
        continue;
      }
      for (; next < keys.size() && inputOf(listing, keys.get(next)) == i; next++) {
        Row k = keys.get(next);
        String id = ids.idFor(k.getString(3), k.getString(4), k.getString(2), k.getInt(1));
        if (id != null && texts.add(k.getString(4))) {
          decided.add(RowFactory.create(k.getInt(0), k.getInt(1), id));
        }
      }
    }
    for (Rejected r : listing.rejects()) {
      local.add(reject(r));
    }

    Dataset<Row> dataset =
        spark.createDataFrame(jsc.parallelize(local, config.partitions()), Columns.INPUT);
    if (read != null) {
      dataset = dataset.union(decide(spark, jsc, read, decided));
    }
    for (String path : parquet) {
      dataset =
          dataset.union(
              spark
                  .read()
                  .parquet(path)
                  .mapPartitions(new ParquetArticles(path), Encoders.row(Columns.INPUT)));
    }
    if (!parquet.isEmpty() || !listing.files().isEmpty()) {
      // Round-robin after a local sort: the same rows land in the same partitions on a retry.
      dataset = dataset.repartition(config.partitions());
    }
    return new Read(dataset, notices, read == null ? List.of() : List.of(read));
  }

  static boolean isParquet(String input) {
    String lower = input.toLowerCase(Locale.ROOT);
    return lower.endsWith(".parquet") || lower.endsWith(".parquet/");
  }

  /** The records of the Hadoop files, read once by the executors and kept for the job. */
  private static Dataset<Row> readFiles(
      SparkSession spark, JavaSparkContext jsc, JobConfig config, List<HadoopFiles.File> files) {
    List<Row> rows = new ArrayList<>();
    for (HadoopFiles.File f : files) {
      rows.add(RowFactory.create(f.order(), f.path(), f.name(), f.named(), f.size()));
    }
    StructType fileColumns =
        new StructType()
            .add("order", DataTypes.IntegerType)
            .add("path", DataTypes.StringType)
            .add("name", DataTypes.StringType)
            .add("named", DataTypes.BooleanType)
            .add("size", DataTypes.LongType);
    int slices = Math.max(1, Math.min(files.size(), config.partitions()));
    return spark
        .createDataFrame(jsc.parallelize(rows, slices), fileColumns)
        .mapPartitions(
            new HadoopFiles.Read(
                new HadoopFiles.Conf(spark.sparkContext().hadoopConfiguration()), config),
            Encoders.row(Columns.READ))
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /** The Hadoop records under the ids the driver decided (the others left out), and the rejects. */
  private static Dataset<Row> decide(
      SparkSession spark, JavaSparkContext jsc, Dataset<Row> read, List<Row> decided) {
    StructType idColumns =
        new StructType()
            .add("file_order", DataTypes.IntegerType)
            .add("line", DataTypes.IntegerType)
            .add("decided_id", DataTypes.StringType);
    Dataset<Row> ids = spark.createDataFrame(jsc.parallelize(decided, 1), idColumns);
    List<Column> columns = new ArrayList<>();
    for (String name : Columns.INPUT.fieldNames()) {
      columns.add(name.equals("article_id") ? col("decided_id").as("article_id") : col(name));
    }
    Dataset<Row> articles =
        read.filter(col("reason").isNull())
            .join(ids, scala(List.of("file_order", "line")))
            .select(columns.toArray(new Column[0]));
    Dataset<Row> rejects =
        read.filter(col("reason").isNotNull()).select(Columns.INPUT.fieldNames()[0], rest());
    return articles.union(rejects);
  }

  private static String[] rest() {
    String[] names = Columns.INPUT.fieldNames();
    String[] rest = new String[names.length - 1];
    System.arraycopy(names, 1, rest, 0, rest.length);
    return rest;
  }

  private static int inputOf(HadoopFiles.Listing listing, Row key) {
    return listing.files().get(key.getInt(0)).input();
  }

  private static ArticleSink localSink(List<Row> rows, Set<String> texts, List<Notice> notices) {
    return new ArticleSink() {
      @Override
      public void accept(Article a, String source, int line) {
        if (texts.add(UniqueIds.textDigest(a.text()))) {
          rows.add(Columns.input(source, line, a));
        }
      }

      @Override
      public void reject(Rejected r) {
        rows.add(ArticleInputs.reject(r));
      }

      @Override
      public void note(Notice notice) {
        notices.add(notice);
      }
    };
  }

  private static Row reject(Rejected r) {
    return Columns.rejected(r.source(), r.line(), r.articleId(), r.stage(), r.reason());
  }

  private static scala.collection.immutable.Seq<String> scala(List<String> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }
}
