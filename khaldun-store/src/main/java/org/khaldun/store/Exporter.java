package org.khaldun.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.khaldun.StoreException;

/**
 * Writes the stored events out: GDELT 2.0 events and mentions tables (tab-separated, no header,
 * blank where Khaldun has no value), PLOVER JSON lines, CSV, and Parquet. Thread-safe.
 */
public final class Exporter {
  /** GDELT 2.0 event table columns, in order (61). */
  public static final int GDELT_EVENT_COLUMNS = 61;

  /** GDELT 2.0 mentions table columns, in order (16). */
  public static final int GDELT_MENTION_COLUMNS = 16;

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final JsonFactory JSON = new JsonFactory();

  private final Store store;

  public Exporter(Store store) {
    this.store = store;
  }

  /** What an export wrote. */
  public record Written(long events, long mentions, java.util.List<Path> files) {}

  /** Each event with its representative mention and that mention's article. */
  private static final String REPRESENTATIVE =
      " FROM events e JOIN mentions m ON m.mention_id = e.representative"
          + " JOIN articles a ON a.article_id = m.article_id";

  private static final String FLAT_EVENTS =
      "SELECT e.event_id, e.date, e.source_code, e.source_country, e.source_name, e.target_code, e.target_country,"
          + " e.target_name, e.cameo, e.cameo_root, e.quad_class, e.goldstein, e.plover, e.plover_mode, e.num_mentions,"
          + " e.num_sources, e.num_articles, e.first_seen, e.last_seen, m.article_id, m.evidence"
          + " FROM events e JOIN mentions m ON m.mention_id = e.representative ORDER BY e.event_seq";

  public Written csv(Path out) {
    return copy(out, "(FORMAT csv, HEADER true)");
  }

  public Written parquet(Path out) {
    return copy(out, "(FORMAT parquet, COMPRESSION zstd)");
  }

  private Written copy(Path out, String options) {
    Path target = out.toAbsolutePath();
    return store.read(
        c -> {
          try (Statement statement = c.createStatement()) {
            statement.execute("COPY (" + FLAT_EVENTS + ") TO " + literal(target) + " " + options);
          } catch (java.sql.SQLException e) {
            // COPY fails on the file it writes far more often than on the store it reads.
            throw new StoreException("cannot write " + target + ": " + e.getMessage(), e);
          }
          return new Written(count(c, "events"), 0, java.util.List.of(target));
        });
  }

  /** A SQL string literal for a file name: COPY takes no parameters, so quotes are doubled. */
  private static String literal(Path path) {
    return "'" + path.toString().replace("'", "''") + "'";
  }

  /** PLOVER JSON lines: one event each, with PLOVER's field names and Khaldun's provenance. */
  public Written plover(Path out) {
    return store.read(
        c -> {
          long n =
              eachRow(
                  c,
                  out,
                  "SELECT e.event_id, e.date, e.plover, e.plover_mode, e.source_code, e.source_country, e.source_name,"
                      + " e.target_code, e.target_country, e.target_name, e.cameo, e.goldstein, e.num_mentions, e.num_articles,"
                      + " m.article_id, m.evidence, a.url, a.published"
                      + REPRESENTATIVE
                      + " WHERE e.plover IS NOT NULL ORDER BY e.event_seq",
                  (rs, writer) -> {
                    try (JsonGenerator json = JSON.createGenerator(writer)) {
                      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                      json.writeStartObject();
                      json.writeStringField("id", rs.getString(1));
                      json.writeStringField("date", string(rs.getDate(2)));
                      json.writeStringField("event_type", rs.getString(3));
                      json.writeStringField("mode", rs.getString(4));
                      json.writeStringField("source", rs.getString(5));
                      json.writeStringField("source_country", rs.getString(6));
                      json.writeStringField("source_text", rs.getString(7));
                      json.writeStringField("target", rs.getString(8));
                      json.writeStringField("target_country", rs.getString(9));
                      json.writeStringField("target_text", rs.getString(10));
                      json.writeStringField("cameo", rs.getString(11));
                      json.writeNumberField("goldstein", rs.getDouble(12));
                      json.writeNumberField("num_mentions", rs.getInt(13));
                      json.writeNumberField("num_articles", rs.getInt(14));
                      json.writeStringField("article", rs.getString(15));
                      json.writeStringField("event_text", rs.getString(16));
                      json.writeStringField("url", rs.getString(17));
                      json.writeStringField("publication_date", string(rs.getDate(18)));
                      json.writeEndObject();
                    }
                    writer.write('\n');
                  });
          return new Written(n, 0, java.util.List.of(out));
        });
  }

  /**
   * GDELT 2.0 layouts: {@code <dir>/khaldun.export.CSV} (events) and {@code
   * <dir>/khaldun.mentions.CSV}.
   */
  public Written gdelt(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new StoreException("cannot create " + directory + ": " + e.getMessage(), e);
    }
    Path events = directory.resolve("khaldun.export.CSV");
    Path mentions = directory.resolve("khaldun.mentions.CSV");
    return store.read(
        c -> {
          long eventCount = gdeltEvents(c, events);
          long mentionCount = gdeltMentions(c, mentions);
          return new Written(eventCount, mentionCount, java.util.List.of(events, mentions));
        });
  }

  private static long gdeltEvents(Connection c, Path out) throws SQLException {
    return eachRow(
        c,
        out,
        "SELECT e.event_seq, e.date, e.source_code, e.source_name, e.source_country, e.target_code, e.target_name,"
            + " e.target_country, e.cameo, e.cameo_root, e.quad_class, e.goldstein, e.num_mentions, e.num_sources,"
            + " e.num_articles, e.first_seen, m.sentence, coalesce(a.url, a.article_id)"
            + REPRESENTATIVE
            + " ORDER BY e.event_seq",
        (rs, writer) -> {
          String[] row = new String[GDELT_EVENT_COLUMNS];
          java.util.Arrays.fill(row, "");
          LocalDate date = Queries.date(rs, 2);
          row[0] = Long.toString(rs.getLong(1));
          if (date != null) {
            row[1] = date.format(DAY);
            row[2] = row[1].substring(0, 6);
            row[3] = Integer.toString(date.getYear());
            row[4] =
                String.format(
                    Locale.ROOT, "%.4f", date.getYear() + (date.getDayOfYear() - 1) / 365.0);
          }
          actor(row, 5, rs.getString(3), rs.getString(4), rs.getString(5));
          actor(row, 15, rs.getString(6), rs.getString(7), rs.getString(8));
          row[25] = rs.getInt(17) == 0 ? "1" : "0"; // IsRootEvent: reported in the lead sentence
          row[26] = rs.getString(9);
          row[27] = rs.getString(9);
          row[28] = rs.getString(10);
          row[29] = Integer.toString(rs.getInt(11));
          row[30] = Double.toString(rs.getDouble(12));
          row[31] = Integer.toString(rs.getInt(13));
          row[32] = Integer.toString(rs.getInt(14));
          row[33] = Integer.toString(rs.getInt(15));
          // 34 AvgTone and 35-58 geography: Khaldun has no values.
          row[59] = timestamp(Queries.date(rs, 16));
          row[60] = rs.getString(18);
          writeRow(writer, row);
        });
  }

  /**
   * Actor code, name, country, then three blanks (known group, ethnic, religions) and three type
   * codes.
   */
  private static void actor(String[] row, int at, String code, String name, String country) {
    if (code == null) {
      return;
    }
    row[at] = code;
    row[at + 1] = name == null ? "" : name.replace('\t', ' ').replace('\n', ' ');
    row[at + 2] = country == null ? "" : country;
    String prefix = country != null ? country : code.substring(0, 3);
    String sectors =
        code.length() > prefix.length() && code.startsWith(prefix) && country != null
            ? code.substring(prefix.length())
            : "";
    for (int i = 0; i < 3 && (i + 1) * 3 <= sectors.length(); i++) {
      row[at + 7 + i] = sectors.substring(i * 3, i * 3 + 3);
    }
    if (country == null) {
      row[at + 3] = code.length() > 3 ? code.substring(3) : ""; // known group, e.g. UNO for IGOUNO
    }
  }

  private static long gdeltMentions(Connection c, Path out) throws SQLException {
    return eachRow(
        c,
        out,
        "SELECT e.event_seq, e.date, a.published, coalesce(a.source, ''), coalesce(a.url, a.article_id), m.sentence,"
            + " m.source_start, m.target_start, m.trigger_start, m.confidence, length(a.text)"
            + " FROM mentions m JOIN events e ON e.event_id = m.event_id JOIN articles a ON a.article_id = m.article_id"
            + " ORDER BY e.event_seq, m.article_id, m.sentence",
        (rs, writer) -> {
          String[] row = new String[GDELT_MENTION_COLUMNS];
          java.util.Arrays.fill(row, "");
          row[0] = Long.toString(rs.getLong(1));
          row[1] = timestamp(Queries.date(rs, 2));
          row[2] = timestamp(Queries.date(rs, 3));
          row[3] = "1"; // web
          row[4] = rs.getString(4);
          row[5] = rs.getString(5);
          row[6] = Integer.toString(rs.getInt(6) + 1);
          row[7] = Integer.toString(rs.getInt(7));
          row[8] = rs.getObject(8) == null ? "-1" : Integer.toString(rs.getInt(8));
          row[9] = Integer.toString(rs.getInt(9));
          row[10] = "1";
          row[11] = Integer.toString((int) Math.round(rs.getDouble(10) * 100));
          row[12] = Integer.toString(rs.getInt(11));
          writeRow(writer, row);
        });
  }

  /** Writes one line (or lines) of a file for a row of the result. */
  @FunctionalInterface
  private interface RowWriter {
    void write(ResultSet row, Writer out) throws SQLException, IOException;
  }

  /** Runs {@code sql} and writes every row to {@code out}; returns how many rows it wrote. */
  private static long eachRow(Connection c, Path out, String sql, RowWriter rowWriter)
      throws SQLException {
    long n = 0;
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        Statement statement = c.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        rowWriter.write(rs, writer);
        n++;
      }
    } catch (IOException e) {
      throw new StoreException("cannot write " + out + ": " + e.getMessage(), e);
    }
    return n;
  }

  /** A GDELT timestamp (YYYYMMDDHHMMSS) for a day, or blank. */
  private static String timestamp(LocalDate day) {
    return day == null ? "" : day.format(DAY) + "000000";
  }

  private static void writeRow(Writer writer, String[] row) throws IOException {
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        writer.write('\t');
      }
      writer.write(row[i] == null ? "" : row[i]);
    }
    writer.write('\n');
  }

  private static String string(java.sql.Date date) {
    return date == null ? null : date.toLocalDate().toString();
  }

  private static long count(Connection c, String table) throws SQLException {
    try (Statement statement = c.createStatement();
        ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
