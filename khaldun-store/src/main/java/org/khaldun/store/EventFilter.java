package org.khaldun.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link EventQuery}'s conditions as a WHERE clause over {@code events e}, with its parameters
 * in order. Equal filters have equal {@link #key}s, whatever their limit and offset.
 */
final class EventFilter {
  private final String sql;
  private final List<Object> parameters;

  private EventFilter(String sql, List<Object> parameters) {
    this.sql = sql;
    this.parameters = List.copyOf(parameters);
  }

  /** The clause, beginning with " WHERE". */
  String sql() {
    return sql;
  }

  /** Binds the parameters from index 1; returns the next free index. */
  int bind(PreparedStatement statement) throws SQLException {
    int i = 1;
    for (Object parameter : parameters) {
      statement.setObject(i++, parameter);
    }
    return i;
  }

  /** Identifies the set of events the filter selects. */
  String key() {
    return sql + '\u0000' + parameters;
  }

  static EventFilter of(EventQuery q) {
    StringBuilder sql = new StringBuilder(" WHERE true");
    List<Object> parameters = new ArrayList<>();
    if (q.from() != null) {
      sql.append(" AND e.date >= ?");
      parameters.add(q.from());
    }
    if (q.to() != null) {
      sql.append(" AND e.date <= ?");
      parameters.add(q.to());
    }
    if (q.source() != null) {
      sql.append(" AND ").append(actor("source", q.source(), parameters));
    }
    if (q.target() != null) {
      sql.append(" AND ").append(actor("target", q.target(), parameters));
    }
    if (q.dyad() != null) {
      dyad(q.dyad().get(0), q.dyad().get(1), sql, parameters);
    }
    if (q.code() != null) {
      String code = q.code();
      if (code.length() == 2) {
        sql.append(" AND e.cameo_root = ?");
      } else if (code.length() == 3 && Character.isDigit(code.charAt(0))) {
        sql.append(" AND e.cameo = ?");
      } else {
        sql.append(" AND e.plover = ?");
      }
      parameters.add(code);
    }
    if (q.quad() != null) {
      sql.append(" AND e.quad_class = ?");
      parameters.add(q.quad());
    }
    if (q.text() != null) {
      sql.append(
          " AND EXISTS (SELECT 1 FROM mentions x WHERE x.event_id = e.event_id AND x.evidence ILIKE ? ESCAPE '\\')");
      parameters.add("%" + escape(q.text()) + "%");
    }
    return new EventFilter(sql.toString(), parameters);
  }

  private static void dyad(String a, String b, StringBuilder sql, List<Object> parameters) {
    if (isCountry(a) && isCountry(b)) {
      // The same condition as the disjunction below (a source is one country or the other, or
      // neither), which DuckDB evaluates in about half the time.
      sql.append(
          " AND (CASE WHEN e.source_country = ? THEN e.target_country = ?"
              + " WHEN e.source_country = ? THEN e.target_country = ? ELSE false END)");
      parameters.addAll(List.of(a, b, b, a));
      return;
    }
    sql.append(" AND ((")
        .append(actor("source", a, parameters))
        .append(" AND ")
        .append(actor("target", b, parameters))
        .append(") OR (")
        .append(actor("source", b, parameters))
        .append(" AND ")
        .append(actor("target", a, parameters))
        .append("))");
  }

  private static boolean isCountry(String code) {
    return code.length() == 3 && !code.matches("IGO|NGO|IMG|MNC");
  }

  /** A country code matches the country; an international code matches codes beginning with it. */
  private static String actor(String side, String code, List<Object> parameters) {
    if (isCountry(code)) {
      parameters.add(code);
      return "e." + side + "_country = ?";
    }
    parameters.add(code + "%");
    return "e." + side + "_code LIKE ?";
  }

  /** Escapes LIKE's wildcards (and the escape character) for {@code ESCAPE '\'}. */
  static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
