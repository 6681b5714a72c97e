package org.khaldun.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.khaldun.InputException;
import org.khaldun.ingest.ArticleRecords;
import org.khaldun.model.Article;

/** Parquet rows with the JSON-lines fields, read by the JSON-lines rules. */
final class ParquetArticles implements MapPartitionsFunction<Row, Row> {
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
        out.add(Columns.input(path, 0, a));
      } catch (InputException e) {
        out.add(Columns.rejected(path, 0, node.path("id").asText(null), "ingest", reason(e)));
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
