package org.khaldun.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.time.LocalDate;
import java.util.Arrays;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.khaldun.model.Article;

/**
 * The layouts of the job's rows and of the Parquet it writes (documented in docs/SCALE.md; the
 * store's import reads these names). Mention columns carry every field of the event record.
 */
final class Columns {
  private Columns() {}

  /**
   * An {@link #INPUT} row for an article read at {@code origin}:{@code line}, then {@code more}.
   */
  static Row input(String origin, int line, Article a, Object... more) {
    return row(
        more,
        origin,
        line,
        a.id(),
        a.url(),
        a.source(),
        a.published(),
        a.datePrecision().label(),
        a.title(),
        a.text(),
        null,
        null);
  }

  /** An {@link #INPUT} row for a record a stage rejected, then {@code more}. */
  static Row rejected(
      String origin, int line, String id, String stage, String reason, Object... more) {
    return row(more, origin, line, id, null, null, null, null, null, null, stage, reason);
  }

  private static Row row(Object[] more, Object... values) {
    Object[] all = Arrays.copyOf(values, values.length + more.length);
    System.arraycopy(more, 0, all, values.length, more.length);
    return RowFactory.create(all);
  }

  /** An article to code, or a record ingest rejected (then {@code reason} is set). */
  static final StructType INPUT =
      struct(
          f("origin", StringType),
          f("line", IntegerType),
          f("article_id", StringType),
          f("url", StringType),
          f("outlet", StringType),
          f("published", DateType),
          f("date_precision", StringType),
          f("title", StringType),
          f("text", StringType),
          f("stage", StringType),
          f("reason", StringType));

  /**
   * A record read from a Hadoop path by the executors: {@link #INPUT}, the file's place in the run
   * and the SHA-256 of the text, from which the driver decides ids.
   */
  static final StructType READ =
      concat(INPUT, struct(f("file_order", IntegerType), f("digest", StringType)));

  static final StructType MENTION =
      struct(
          f("mention_id", StringType),
          f("article_id", StringType),
          f("sentence", IntegerType),
          f("date", DateType),
          f("date_basis", StringType),
          f("date_precision", StringType),
          f("source_code", StringType),
          f("source_country", StringType),
          f("source_sectors", createArrayType(StringType)),
          f("source_name", StringType),
          f("source_start", IntegerType),
          f("source_end", IntegerType),
          f("source_basis", StringType),
          f("target_code", StringType),
          f("target_country", StringType),
          f("target_sectors", createArrayType(StringType)),
          f("target_name", StringType),
          f("target_start", IntegerType),
          f("target_end", IntegerType),
          f("target_basis", StringType),
          f("cameo", StringType),
          f("cameo_name", StringType),
          f("cameo_root", StringType),
          f("quad_class", IntegerType),
          f("goldstein", DoubleType),
          f("plover", StringType),
          f("plover_mode", StringType),
          f("trigger_text", StringType),
          f("trigger_start", IntegerType),
          f("trigger_end", IntegerType),
          f("evidence", StringType),
          f("evidence_start", IntegerType),
          f("pattern", StringType),
          f("confidence", DoubleType),
          f("record", StringType),
          f("event_key", StringType),
          f("published", DateType),
          f("outlet", StringType));

  /** One coded article: the article, its sentence count and mentions, or why it was rejected. */
  static final StructType CODED =
      struct(
          f("origin", StringType),
          f("line", IntegerType),
          f("article_id", StringType),
          f("url", StringType),
          f("outlet", StringType),
          f("published", DateType),
          f("title", StringType),
          f("text", StringType),
          f("sentences", IntegerType),
          f("mentions", createArrayType(MENTION)),
          f("stage", StringType),
          f("reason", StringType));

  /** The event columns a mention gets once its event is known. */
  static final StructType EVENT_OF_MENTION =
      struct(
          f("event_id", StringType),
          f("event_seq", LongType),
          f("event_date", DateType),
          f("family", StringType),
          f("first_actor", StringType),
          f("second_actor", StringType),
          f("unordered", BooleanType),
          f("num_mentions", IntegerType),
          f("num_sources", IntegerType),
          f("num_articles", IntegerType),
          f("first_seen", DateType),
          f("last_seen", DateType),
          f("representative", StringType),
          f("event_month", StringType));

  static final StructType GROUPED = concat(MENTION, EVENT_OF_MENTION);

  static StructType concat(StructType a, StructType b) {
    StructField[] fields = Arrays.copyOf(a.fields(), a.fields().length + b.fields().length);
    System.arraycopy(b.fields(), 0, fields, a.fields().length, b.fields().length);
    return new StructType(fields);
  }

  /** {@code 2025-03} for an event dated in March 2025, {@code none} for an undated one. */
  static String month(LocalDate date) {
    return date == null ? "none" : date.toString().substring(0, 7);
  }

  /** A date column's value, whichever Java type the session's settings produced. */
  static LocalDate localDate(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.sql.Date sql) {
      return sql.toLocalDate();
    }
    return (LocalDate) value;
  }

  private static StructField f(String name, DataType type) {
    return new StructField(name, type, true, Metadata.empty());
  }

  private static StructType struct(StructField... fields) {
    return new StructType(fields);
  }
}
