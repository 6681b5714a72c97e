package org.khaldun.spark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Reads stores and job output back as sorted lines, so two of them compare in one assertion. */
final class Stored {
  /** Everything an analyst sees of an event: ids, codes, date, actors, counts, evidence. */
  static final String EVENT_COLUMNS =
      "event_id, event_seq, date, family, first_actor, second_actor, unordered, source_code,"
          + " source_name, target_code, target_name, cameo, quad_class, goldstein, plover,"
          + " num_mentions, num_sources, num_articles, first_seen, last_seen, representative,"
          + " evidence, record";

  private Stored() {}

  static List<String> events(Path db) throws SQLException {
    return lines(db, "SELECT " + EVENT_COLUMNS + " FROM events ORDER BY event_id");
  }

  static List<String> mentions(Path db) throws SQLException {
    return lines(
        db,
        "SELECT mention_id, event_id, article_id, evidence_start, record FROM mentions ORDER BY mention_id");
  }

  static List<String> articles(Path db) throws SQLException {
    return lines(db, "SELECT article_id, published, source, sentences FROM articles ORDER BY 1");
  }

  static List<String> rejects(Path db) throws SQLException {
    return lines(db, "SELECT source, line, stage, reason FROM rejects ORDER BY ALL");
  }

  /** The events the job wrote under {@code out/events}, in the store's columns. */
  static List<String> jobEvents(Path out) throws SQLException {
    return lines(
        null,
        "SELECT "
            + EVENT_COLUMNS
            + " FROM read_parquet('"
            + out.resolve("events").toAbsolutePath()
            + "/**/*.parquet', hive_partitioning = true) ORDER BY event_id");
  }

  static List<String> jobMentions(Path out) throws SQLException {
    return lines(
        null,
        "SELECT mention_id, event_id, article_id, evidence_start, record, event_month FROM read_parquet('"
            + out.resolve("mentions").toAbsolutePath()
            + "/**/*.parquet', hive_partitioning = true) ORDER BY mention_id");
  }

  static List<String> jobArticles(Path out) throws SQLException {
    return lines(
        null,
        "SELECT article_id, url, outlet, published, title, text, sentences FROM read_parquet('"
            + out.resolve("articles").toAbsolutePath()
            + "/**/*.parquet') ORDER BY article_id");
  }

  static List<String> jobRejects(Path out) throws SQLException {
    return lines(
        null,
        "SELECT source, line, article_id, stage, reason FROM read_parquet('"
            + out.resolve("rejects").toAbsolutePath()
            + "/**/*.parquet') ORDER BY ALL");
  }

  /** Runs one statement in a throwaway in-memory database (to write a Parquet fixture). */
  static void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  static List<String> lines(Path db, String sql) throws SQLException {
    String url = db == null ? "jdbc:duckdb:" : "jdbc:duckdb:" + db.toAbsolutePath();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      List<String> lines = new ArrayList<>();
      while (rs.next()) {
        lines.add(
            IntStream.rangeClosed(1, n)
                .mapToObj(i -> get(rs, i))
                .collect(Collectors.joining(" | ")));
      }
      return lines;
    }
  }

  private static String get(ResultSet rs, int i) {
    try {
      return Objects.toString(rs.getObject(i));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
