package org.khaldun.ingest.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khaldun.ingest.PublicationDates;

/**
 * Reads the dates pages write: ISO dates and date-times (the date as written, in the publisher's
 * time zone, not moved to UTC), {@code 2023/10/16}, {@code 20231016}, RFC 1123 ({@code Mon, 16 Oct
 * 2023 08:00:00 GMT}) and English prose ({@code October 16, 2023}, {@code Oct. 16, 2023}, {@code 16
 * October 2023}). Only dates that can be publication dates are returned. Thread-safe.
 */
final class DateText {
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

  private static final Pattern ISO =
      Pattern.compile("^\\s*(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:$|[T\\s,]|\\d{2}:)");
  private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:$|T)");

  /** "October 16, 2023" and "Oct. 16 2023". */
  static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b");

  /** "16 October 2023" and "Mon, 16 Oct 2023". */
  static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?"
              + MONTH
              + ",?\\s+((?:19|20)\\d{2})\\b");

  private DateText() {}

  /** The date a metadata value ({@code content}, {@code datetime}) gives, if it gives one. */
  static Optional<LocalDate> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(value);
    if (m.find()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    m = COMPACT.matcher(value);
    if (m.find()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    return prose(value);
  }

  /** The first date written out in prose in {@code text}, if any. */
  static Optional<LocalDate> prose(String text) {
    Matcher a = MONTH_DAY_YEAR.matcher(text);
    Matcher b = DAY_MONTH_YEAR.matcher(text);
    boolean hasA = a.find();
    boolean hasB = b.find();
    if (hasA && (!hasB || a.start() <= b.start())) {
      return of(a.group(3), month(a.group(1)), a.group(2));
    }
    if (hasB) {
      return of(b.group(3), month(b.group(2)), b.group(1));
    }
    return Optional.empty();
  }

  private static String month(String name) {
    return String.valueOf(MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT)));
  }

  static Optional<LocalDate> of(String year, String month, String day) {
    try {
      LocalDate date =
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      return PublicationDates.plausible(date) ? Optional.of(date) : Optional.empty();
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
