package org.khaldun.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.khaldun.actors.ActorDictionary;
import org.khaldun.ontology.Cameo;

/**
 * A validated filter over stored events. Every bad value fails with an {@link
 * IllegalArgumentException} naming the parameter, so callers can answer "bad request" precisely.
 *
 * @param from first day (inclusive), or null
 * @param to last day (inclusive), or null
 * @param source source actor: ISO country code or international code prefix (IGOUNO), or null
 * @param target target actor, or null
 * @param dyad two actors in either direction, or null
 * @param code a CAMEO root (04), code (041) or PLOVER type (CONSULT), or null
 * @param quad a QuadClass 1-4, or null
 * @param text a word the evidence must contain, or null
 * @param limit how many events at most
 * @param offset how many to skip (paging)
 */
public record EventQuery(
    LocalDate from,
    LocalDate to,
    String source,
    String target,
    java.util.List<String> dyad,
    String code,
    Integer quad,
    String text,
    int limit,
    int offset) {
  public EventQuery {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from: " + from + " is after to: " + to);
    }
    if (quad != null && (quad < 1 || quad > 4)) {
      throw new IllegalArgumentException("quad: QuadClass is 1 to 4, not " + quad);
    }
    if (limit < 1 || limit > 100_000) {
      throw new IllegalArgumentException("limit: must be between 1 and 100000, not " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset: must not be negative");
    }
    dyad = dyad == null ? null : java.util.List.copyOf(dyad);
    if (dyad != null && dyad.size() != 2) {
      throw new IllegalArgumentException("dyad: needs exactly two actors");
    }
  }

  /** Builds a query from text parameters (CLI options, URL parameters); nulls mean "any". */
  public static EventQuery parse(
      String from,
      String to,
      String source,
      String target,
      String dyad,
      String code,
      String quad,
      String text,
      String limit,
      String offset) {
    java.util.List<String> pair = null;
    if (dyad != null && !dyad.isBlank()) {
      // -1 keeps a trailing empty side ("SAU,"), so both empty sides get the same answer
      String[] parts = dyad.split(",", -1);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new IllegalArgumentException(
            "dyad: expected two actor codes separated by a comma, e.g. IRN,SAU, not '"
                + dyad
                + "'");
      }
      pair = java.util.List.of(actor("dyad", parts[0]), actor("dyad", parts[1]));
    }
    return new EventQuery(
        date("from", from),
        date("to", to),
        actor("source", source),
        actor("target", target),
        pair,
        code(code),
        integer("quad", quad),
        text == null || text.isBlank() ? null : text.strip(),
        limit(limit, 50, 100_000),
        java.util.Objects.requireNonNullElse(integer("offset", offset), 0));
  }

  /**
   * A limit parameter: {@code fallback} when absent or blank, else a whole number from 1 to {@code
   * max}.
   */
  public static int limit(String value, int fallback, int max) {
    Integer limit = integer("limit", value);
    if (limit == null) {
      return fallback;
    }
    if (limit < 1 || limit > max) {
      throw new IllegalArgumentException("limit: must be between 1 and " + max + ", not " + limit);
    }
    return limit;
  }

  /** An offset parameter: 0 when absent or blank, else a whole number of at least 0. */
  public static int offset(String value) {
    Integer offset = integer("offset", value);
    if (offset == null) {
      return 0;
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset: must be 0 or more, not " + offset);
    }
    return offset;
  }

  public static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + ": not a YYYY-MM-DD date: " + value);
    }
  }

  /** An ISO 3166 alpha-3 code Khaldun knows, or an international code (IGO…, NGO…, IMG, MNC). */
  public static String actor(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String code = value.strip().toUpperCase(Locale.ROOT);
    boolean international = code.matches("(IGO|NGO|IMG|MNC)[A-Z0-9]*");
    if (!international && !(code.length() == 3 && ActorDictionary.bundled().isCountry(code))) {
      throw new IllegalArgumentException(
          name
              + ": unknown country or organisation code '"
              + value
              + "' (use ISO 3166 alpha-3 such as IRN, or IGOUNO)");
    }
    return code;
  }

  static String code(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String code = value.strip().toUpperCase(Locale.ROOT);
    if (code.matches("(0[1-9]|1[0-9]|20)[0-9]?") || Cameo.PLOVER_TYPES.contains(code)) {
      return code;
    }
    throw new IllegalArgumentException(
        "code: expected a CAMEO root (04), a CAMEO code (041) or a PLOVER type (CONSULT), not '"
            + value
            + "'");
  }

  static Integer integer(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": not a whole number: " + value);
    }
  }
}
