package org.khaldun.ingest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.khaldun.InputException;

/**
 * Keeps impossible publication dates out: relative dates in the text resolve against this one, so
 * year 0 would put events in year −1 and a date in the future would date them ahead of the news.
 */
final class PublicationDates {
  /** Older than any digitised newspaper archive; earlier dates are typing or conversion errors. */
  static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);

  private PublicationDates() {}

  static LocalDate check(LocalDate date, String source, int line) {
    if (date == null) {
      return null;
    }
    if (date.isBefore(EARLIEST)) {
      throw new InputException(
          source, line, "the date " + date + " is before " + EARLIEST + ": not a publication date");
    }
    // A day of slack for time zones: an article dated tomorrow somewhere is already out today.
    LocalDate latest = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    if (date.isAfter(latest)) {
      throw new InputException(
          source, line, "the date " + date + " is in the future (after " + latest + ")");
    }
    return date;
  }
}
