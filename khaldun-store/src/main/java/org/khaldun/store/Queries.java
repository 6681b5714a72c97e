package org.khaldun.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Read-only questions to the store, all with bound parameters. Thread-safe (each call takes its own
 * read session).
 */
public final class Queries {
  private final Store store;
  private final EventListing listing;

  public Queries(Store store) {
    this.store = store;
    this.listing = new EventListing(store);
  }

  /**
   * One deduplicated event with its representative mention; {@code record} is its full JSON record,
   * null in a {@link #page}.
   */
  public record EventRow(
      String eventId,
      long seq,
      LocalDate date,
      String sourceCode,
      String sourceCountry,
      String sourceName,
      String targetCode,
      String targetCountry,
      String targetName,
      String cameo,
      String plover,
      int quadClass,
      double goldstein,
      int numMentions,
      int numSources,
      int numArticles,
      LocalDate firstSeen,
      LocalDate lastSeen,
      String evidence,
      String record) {}

  /** One mention of an event: where it stands and what it says. */
  public record MentionRow(
      String mentionId,
      String articleId,
      int sentence,
      LocalDate date,
      String dateBasis,
      String sourceCode,
      String targetCode,
      String cameo,
      String evidence,
      String triggerText,
      int triggerStart,
      int triggerEnd,
      int sourceStart,
      int sourceEnd,
      Integer targetStart,
      Integer targetEnd,
      String pattern,
      double confidence,
      String url,
      String outlet,
      LocalDate published,
      int evidenceStart,
      String eventId,
      String sourceName,
      String targetName) {}

  /** An event with every mention. */
  public record EventDetail(EventRow event, List<MentionRow> mentions) {}

  /** A stored article with the spans of the actors and triggers coded in it. */
  public record ArticleDetail(
      String articleId,
      String url,
      String outlet,
      LocalDate published,
      String title,
      String text,
      List<MentionRow> mentions) {}

  /** Events between two actors, with their tone. */
  public record DyadRow(
      String source,
      String target,
      long events,
      double meanGoldstein,
      LocalDate first,
      LocalDate last) {}

  /** A day of a dyad's timeline: events by QuadClass and mean Goldstein. */
  public record DayRow(
      LocalDate date,
      long verbalCooperation,
      long materialCooperation,
      long verbalConflict,
      long materialConflict,
      double meanGoldstein) {}

  /** Four columns: events of QuadClass 1, 2, 3 and 4. */
  private static final String BY_QUAD =
      "count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),"
          + " count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4)";

  /** The events matching a query, newest first, within its limit and offset. */
  public List<EventRow> events(EventQuery query) {
    return listing.events(query);
  }

  /** How many events match, ignoring limit and offset. */
  public long count(EventQuery query) {
    return listing.count(query);
  }

  /** A page of events and how many match in all. */
  public record Page(long total, List<EventRow> events) {}

  /**
   * A page of events as {@link #events} lists them but without their records (null), and how many
   * match in all; both read together, so both see the same store.
   */
  public Page page(EventQuery query) {
    return listing.page(query);
  }

  public Optional<EventDetail> event(String eventId) {
    return store.read(
        c -> {
          Optional<EventRow> event = EventListing.event(c, eventId);
          if (event.isEmpty()) {
            return Optional.empty();
          }
          return Optional.of(new EventDetail(event.get(), mentions(c, "m.event_id = ?", eventId)));
        });
  }

  public Optional<ArticleDetail> article(String articleId) {
    return store.read(
        c -> {
          try (PreparedStatement statement =
              c.prepareStatement(
                  "SELECT article_id, url, source, published, title, text FROM articles WHERE article_id = ?")) {
            statement.setString(1, articleId);
            try (ResultSet rs = statement.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new ArticleDetail(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      date(rs, 4),
                      rs.getString(5),
                      rs.getString(6),
                      mentions(c, "m.article_id = ?", articleId)));
            }
          }
        });
  }

  private static List<MentionRow> mentions(Connection c, String condition, String value)
      throws SQLException {
    List<MentionRow> rows = new ArrayList<>();
    try (PreparedStatement statement =
        c.prepareStatement(
            "SELECT m.mention_id, m.article_id, m.sentence, m.date, m.date_basis, m.source_code, m.target_code, m.cameo, m.evidence,"
                + " m.trigger_text, m.trigger_start, m.trigger_end, m.source_start, m.source_end, m.target_start, m.target_end,"
                + " m.pattern, m.confidence, a.url, a.source, a.published, m.evidence_start, m.event_id,"
                + " m.source_name, m.target_name"
                + " FROM mentions m JOIN articles a ON a.article_id = m.article_id WHERE "
                + condition
                + " ORDER BY a.published NULLS LAST, m.article_id, m.sentence, m.trigger_start")) {
      statement.setString(1, value);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new MentionRow(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getInt(3),
                  date(rs, 4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9),
                  rs.getString(10),
                  rs.getInt(11),
                  rs.getInt(12),
                  rs.getInt(13),
                  rs.getInt(14),
                  (Integer) rs.getObject(15),
                  (Integer) rs.getObject(16),
                  rs.getString(17),
                  rs.getDouble(18),
                  rs.getString(19),
                  rs.getString(20),
                  date(rs, 21),
                  rs.getInt(22),
                  rs.getString(23),
                  rs.getString(24),
                  rs.getString(25)));
        }
      }
    }
    return rows;
  }

  /** Actor pairs with event counts and mean Goldstein, busiest first. */
  public List<DyadRow> dyads(LocalDate from, LocalDate to, int limit) {
    EventFilter where =
        EventFilter.of(new EventQuery(from, to, null, null, null, null, null, null, 1, 0));
    return store.read(
        c -> {
          try (PreparedStatement statement =
              c.prepareStatement(
                  "SELECT coalesce(e.source_country, e.source_code), coalesce(e.target_country, e.target_code, ''), count(*),"
                      + " avg(e.goldstein), min(e.date), max(e.date) FROM events e"
                      + where.sql()
                      + " GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?")) {
            int i = where.bind(statement);
            statement.setInt(i, limit);
            List<DyadRow> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
              while (rs.next()) {
                rows.add(
                    new DyadRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getDouble(4),
                        date(rs, 5),
                        date(rs, 6)));
              }
            }
            return rows;
          }
        });
  }

  /** Daily events between two actors (both directions), by QuadClass, with mean Goldstein. */
  public List<DayRow> timeline(String a, String b, LocalDate from, LocalDate to) {
    EventFilter where =
        EventFilter.of(new EventQuery(from, to, null, null, List.of(a, b), null, null, null, 1, 0));
    return store.read(
        c -> {
          try (PreparedStatement statement =
              c.prepareStatement(
                  "SELECT e.date, "
                      + BY_QUAD
                      + ", avg(goldstein) FROM events e"
                      + where.sql()
                      + " AND e.date IS NOT NULL GROUP BY e.date ORDER BY e.date")) {
            where.bind(statement);
            List<DayRow> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
              while (rs.next()) {
                rows.add(
                    new DayRow(
                        date(rs, 1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getDouble(6)));
              }
            }
            return rows;
          }
        });
  }

  /** A name the text taught, with its code and when it was seen. */
  public record ActorRow(
      String name,
      String code,
      String country,
      String basis,
      LocalDate firstDate,
      LocalDate lastDate,
      int mentions) {}

  /**
   * Actors learned from the text, most mentioned first; {@code fragment} filters names
   * (case-insensitive).
   */
  public List<ActorRow> actors(String fragment, int limit) {
    if (limit < 1 || limit > 10_000) {
      throw new IllegalArgumentException("limit: must be between 1 and 10000, not " + limit);
    }
    return store.read(
        c -> {
          try (PreparedStatement statement =
              c.prepareStatement(
                  "SELECT name, code, country, basis, first_date, last_date, mentions FROM actors"
                      + " WHERE ? IS NULL OR name ILIKE ? ESCAPE '\\' ORDER BY mentions DESC, name, code LIMIT ?")) {
            String pattern =
                fragment == null || fragment.isBlank()
                    ? null
                    : "%" + EventFilter.escape(fragment.strip()) + "%";
            statement.setString(1, pattern);
            statement.setString(2, pattern);
            statement.setInt(3, limit);
            List<ActorRow> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
              while (rs.next()) {
                rows.add(
                    new ActorRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        date(rs, 5),
                        date(rs, 6),
                        rs.getInt(7)));
              }
            }
            return rows;
          }
        });
  }

  /**
   * Store-wide counts: articles, mentions, events, actors, rejects, the date range, events by
   * QuadClass (all four, zeros included) and the 20 countries with most events.
   */
  public record Stats(
      long articles,
      long mentions,
      long events,
      long actors,
      long rejects,
      LocalDate firstDate,
      LocalDate lastDate,
      java.util.Map<Integer, Long> byQuad,
      java.util.Map<String, Long> countries) {}

  public Stats stats() {
    return store.read(
        c -> {
          // One statement for the totals: each query costs milliseconds of planning on its own.
          long[] counts = new long[5];
          LocalDate first;
          LocalDate last;
          java.util.Map<Integer, Long> byQuad = new java.util.TreeMap<>();
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions),"
                          + " count(*), (SELECT count(*) FROM actors), (SELECT count(*) FROM rejects),"
                          + " min(date), max(date), "
                          + BY_QUAD
                          + " FROM events");
              ResultSet rs = s.executeQuery()) {
            rs.next();
            for (int i = 0; i < counts.length; i++) {
              counts[i] = rs.getLong(i + 1);
            }
            first = date(rs, 6);
            last = date(rs, 7);
            for (int quad = 1; quad <= 4; quad++) {
              byQuad.put(quad, rs.getLong(7 + quad));
            }
          }
          java.util.Map<String, Long> countries = new java.util.LinkedHashMap<>();
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT code, count(*) FROM (SELECT coalesce(source_country, source_code) AS code FROM events"
                          + " UNION ALL SELECT coalesce(target_country, target_code) FROM events WHERE target_code IS NOT NULL)"
                          + " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20");
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              countries.put(rs.getString(1), rs.getLong(2));
            }
          }
          return new Stats(
              counts[0], counts[1], counts[2], counts[3], counts[4], first, last, byQuad,
              countries);
        });
  }

  static LocalDate date(ResultSet rs, int column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }
}
