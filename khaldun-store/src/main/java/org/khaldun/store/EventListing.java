package org.khaldun.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khaldun.store.Queries.EventRow;

/**
 * Pages of events, newest first, and how many match. Counting the matches is a second pass over the
 * events, so it is skipped when the page itself says how many there are (a page shorter than its
 * limit is the last one) and remembered per filter while the store is unchanged, since an analyst
 * pages through one filter.
 */
final class EventListing {
  /** Filters whose totals are remembered; a few hundred kilobytes at most. */
  private static final int REMEMBERED_TOTALS = 4096;

  private static final String COLUMNS =
      "e.event_id, e.event_seq, e.date, e.source_code, e.source_country, e.source_name, e.target_code, e.target_country,"
          + " e.target_name, e.cameo, e.plover, e.quad_class, e.goldstein, e.num_mentions, e.num_sources, e.num_articles,"
          + " e.first_seen, e.last_seen, e.evidence";

  /** Pages up to this many rows are sorted by their keys alone and then fetched. */
  private static final int LATE_FETCH_MAX = 1_000;

  private static final String NEWEST_FIRST =
      " ORDER BY e.date DESC NULLS LAST, e.num_mentions DESC, e.event_seq";

  private final Store store;
  private final Map<String, Total> totals = new LinkedHashMap<>(256, 0.75f, true);

  private record Total(String version, long events) {}

  EventListing(Store store) {
    this.store = store;
  }

  /** The events matching {@code query}, with their records. */
  List<EventRow> events(EventQuery query) {
    EventFilter filter = EventFilter.of(query);
    return store.read(c -> rows(c, query, filter, true));
  }

  long count(EventQuery query) {
    EventFilter filter = EventFilter.of(query);
    return store.read(c -> count(c, filter));
  }

  /** A page without the events' records (large, and not part of a listing), and the total. */
  Queries.Page page(EventQuery query) {
    EventFilter filter = EventFilter.of(query);
    return store.read(
        c -> {
          List<EventRow> rows = rows(c, query, filter, false);
          if (rows.size() < query.limit() && (!rows.isEmpty() || query.offset() == 0)) {
            return new Queries.Page(query.offset() + rows.size(), rows);
          }
          // Within a read no write can commit, so the version read here is the one counted.
          Optional<String> version = store.version();
          Long known = version.map(v -> remembered(filter.key(), v)).orElse(null);
          long total = known != null ? known : count(c, filter);
          version.ifPresent(v -> remember(filter.key(), v, total));
          return new Queries.Page(total, rows);
        });
  }

  private synchronized Long remembered(String key, String version) {
    Total total = totals.get(key);
    return total != null && total.version().equals(version) ? total.events() : null;
  }

  private synchronized void remember(String key, String version, long events) {
    totals.put(key, new Total(version, events));
    if (totals.size() > REMEMBERED_TOTALS) {
      totals.remove(totals.keySet().iterator().next());
    }
  }

  private static List<EventRow> rows(
      Connection c, EventQuery query, EventFilter filter, boolean withRecord) throws SQLException {
    String columns = "SELECT " + COLUMNS + (withRecord ? ", e.record" : "") + " FROM events e";
    String page = filter.sql() + NEWEST_FIRST + " LIMIT ? OFFSET ?";
    // DuckDB sorts only the sort keys and then fetches the page's other columns when the page
    // ends within its first 50 rows; past them it carries every column of every match through the
    // sort. Asking for the page's row ids first does the same for later pages.
    String sql =
        query.offset() > 0 && query.limit() <= LATE_FETCH_MAX
            ? columns
                + " WHERE e.rowid IN (SELECT e.rowid FROM events e"
                + page
                + ")"
                + NEWEST_FIRST
            : columns + page;
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      int i = filter.bind(statement);
      statement.setInt(i++, query.limit());
      statement.setInt(i, query.offset());
      List<EventRow> rows = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          rows.add(row(rs, withRecord));
        }
      }
      return rows;
    }
  }

  private static long count(Connection c, EventFilter filter) throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement("SELECT count(*) FROM events e" + filter.sql())) {
      filter.bind(statement);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The event of {@code id} with its record, if stored. */
  static Optional<EventRow> event(Connection c, String id) throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement("SELECT " + COLUMNS + ", e.record FROM events e WHERE e.event_id = ?")) {
      statement.setString(1, id);
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next() ? Optional.of(row(rs, true)) : Optional.empty();
      }
    }
  }

  private static EventRow row(ResultSet rs, boolean withRecord) throws SQLException {
    return new EventRow(
        rs.getString(1),
        rs.getLong(2),
        Queries.date(rs, 3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getInt(12),
        rs.getDouble(13),
        rs.getInt(14),
        rs.getInt(15),
        rs.getInt(16),
        Queries.date(rs, 17),
        Queries.date(rs, 18),
        rs.getString(19),
        withRecord ? rs.getString(20) : null);
  }
}
