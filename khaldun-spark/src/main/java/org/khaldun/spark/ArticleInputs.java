package org.khaldun.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.khaldun.InputException;
import org.khaldun.ingest.ArticleRecords;
import org.khaldun.ingest.ArticleSink;
import org.khaldun.ingest.Ingest;
import org.khaldun.model.Article;
import org.khaldun.model.Notice;
import org.khaldun.model.Rejected;
import org.khaldun.util.Sha256;

/**
 * The job's input as rows of {@link Columns#INPUT}. Local files, directories and {@code -} are read
 * on the driver by core's {@link Ingest}, so ids, rejects and notices are exactly those of {@code
 * code} (reading is cheap next to parsing); an article whose text was already read under another id
 * is left out, as the store leaves it out. Parquet files ({@code .parquet} or a directory of them,
 * any Hadoop path) are read by Spark, each row by the rules of a JSON line.
 */
final class ArticleInputs {
  private ArticleInputs() {}

  /** What the driver read: the rows to code and what it noted on the way. */
  record Read(Dataset<Row> rows, List<Notice> notices) {}

  static Read read(SparkSession spark, JobConfig config, InputStream stdin) {
    List<String> local = new ArrayList<>();
    List<String> parquet = new ArrayList<>();
    for (String input : config.inputs()) {
      (isParquet(input) ? parquet : local).add(input);
    }
    List<Notice> notices = new ArrayList<>();
    List<Row> rows = local.isEmpty() ? List.of() : readLocal(config, local, stdin, notices);
    Dataset<Row> dataset =
        spark.createDataFrame(
            JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(rows, config.partitions()),
            Columns.INPUT);
    for (String path : parquet) {
      dataset =
          dataset.union(
              spark
                  .read()
                  .parquet(path)
                  .mapPartitions(new ParquetArticles(path), Encoders.row(Columns.INPUT)));
    }
    if (!parquet.isEmpty()) {
      // Round-robin after a local sort: the same rows land in the same partitions on a retry.
      dataset = dataset.repartition(config.partitions());
    }
    return new Read(dataset, notices);
  }

  static boolean isParquet(String input) {
    String lower = input.toLowerCase(Locale.ROOT);
    return lower.endsWith(".parquet") || lower.endsWith(".parquet/") || lower.contains("://");
  }

  private static List<Row> readLocal(
      JobConfig config, List<String> inputs, InputStream stdin, List<Notice> notices) {
    List<Row> rows = new ArrayList<>();
    Set<String> texts = new HashSet<>();
    new Ingest(config.toKhaldun().limits(), stdin)
        .read(
            inputs,
            new ArticleSink() {
              @Override
              public void accept(Article a, String source, int line) {
                if (texts.add(Sha256.hex(32, a.text()))) {
                  rows.add(
                      RowFactory.create(
                          source,
                          line,
                          a.id(),
                          a.url(),
                          a.source(),
                          a.published(),
                          a.title(),
                          a.text(),
                          null,
                          null));
                }
              }

              @Override
              public void reject(Rejected r) {
                rows.add(
                    RowFactory.create(
                        r.source(),
                        r.line(),
                        r.articleId(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        r.stage(),
                        r.reason()));
              }

              @Override
              public void note(Notice notice) {
                notices.add(notice);
              }
            });
    return rows;
  }

  /** Parquet rows with the JSON-lines fields, read by the JSON-lines rules. */
  private static final class ParquetArticles implements MapPartitionsFunction<Row, Row> {
    private static final String[] FIELDS = {"id", "url", "date", "title", "text", "source"};
    private final String path;

    ParquetArticles(String path) {
      this.path = path;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      ObjectMapper json = new ObjectMapper();
      List<Row> out = new ArrayList<>();
      while (rows.hasNext()) {
        Row row = rows.next();
        ObjectNode node = json.createObjectNode();
        for (String field : FIELDS) {
          int i = indexOf(row, field);
          if (i >= 0 && !row.isNullAt(i)) {
            node.put(field, text(row.get(i)));
          }
        }
        try {
          Article a = ArticleRecords.fromJson(path, 0, node.toString());
          out.add(
              RowFactory.create(
                  path,
                  0,
                  a.id(),
                  a.url(),
                  a.source(),
                  a.published(),
                  a.title(),
                  a.text(),
                  null,
                  null));
        } catch (InputException e) {
          out.add(
              RowFactory.create(
                  path,
                  0,
                  node.path("id").asText(null),
                  null,
                  null,
                  null,
                  null,
                  null,
                  "ingest",
                  reason(e)));
        }
      }
      return out.iterator();
    }

    /** A value as its JSON line would write it: timestamps in ISO form. */
    private static String text(Object value) {
      if (value instanceof java.sql.Timestamp t) {
        return t.toInstant().toString();
      }
      return value.toString(); // Instant, LocalDate and LocalDateTime print as ISO already
    }

    /** The reason without the {@code path: } the exception's message starts with. */
    private String reason(InputException e) {
      String prefix = path + ": ";
      String message = e.getMessage();
      return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static int indexOf(Row row, String field) {
      return row.schema().getFieldIndex(field).isDefined() ? row.fieldIndex(field) : -1;
    }
  }
}
