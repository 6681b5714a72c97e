package org.khaldun.ingest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.khaldun.InputException;

/**
 * Keeps impossible publication dates out: relative dates in the text resolve against this one, so
 * year 0 would put events in year −1 and a date in the future would date them ahead of the news.
 */
public final class PublicationDates {
  /** Older than any digitised newspaper archive; earlier dates are typing or conversion errors. */
  static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);

  private static final java.util.regex.Pattern MONTH =
      java.util.regex.Pattern.compile("\\d{4}-\\d{2}");

  private PublicationDates() {}

  /** True for a date written to the month only, {@code 2023-12}. */
  static boolean isMonth(String text) {
    return MONTH.matcher(text).matches();
  }

  /** True for a date that can be a publication date: from {@link #EARLIEST} to tomorrow (UTC). */
  public static boolean plausible(LocalDate date) {
    return !date.isBefore(EARLIEST) && !date.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1));
  }

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
