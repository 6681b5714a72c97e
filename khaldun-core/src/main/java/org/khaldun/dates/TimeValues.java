package org.khaldun.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khaldun.model.DateBasis;
import org.khaldun.model.DatePrecision;

/**
 * Turns a time expression into a date no later than publication. News reports the past, so a bare
 * weekday is the most recent such day on or before publication (SUTime picks the one in the same
 * ISO week, which for "on Saturday" in a Thursday paper is two days ahead), and a month or day
 * without a year is the most recent one. Stateless.
 */
final class TimeValues {
  private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(T.*)?$");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.of(
          "monday",
          DayOfWeek.MONDAY,
          "tuesday",
          DayOfWeek.TUESDAY,
          "wednesday",
          DayOfWeek.WEDNESDAY,
          "thursday",
          DayOfWeek.THURSDAY,
          "friday",
          DayOfWeek.FRIDAY,
          "saturday",
          DayOfWeek.SATURDAY,
          "sunday",
          DayOfWeek.SUNDAY);
  private static final Pattern MONTH_NAME =
      Pattern.compile(
          "\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\b");
  private static final Pattern FUTURE =
      Pattern.compile("\\b(next|coming|upcoming|later|tomorrow|following)\\b");
  private static final Pattern HAS_YEAR = Pattern.compile("\\b(1[89]|20)\\d{2}\\b");
  private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}");

  private TimeValues() {}

  /**
   * The date an expression denotes, or null when it gives none usable (durations, sets, vague
   * references, or a date that cannot be anchored without a publication date).
   *
   * @param text the expression as written
   * @param value its TIMEX3 value (may be empty)
   * @param type its TIMEX3 type
   * @param published publication date, or null
   */
  static ResolvedDate resolve(String text, String value, String type, LocalDate published) {
    if (type.equals("DURATION") || type.equals("SET")) {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (FUTURE.matcher(lower).find()) {
      return null; // "next month", "later this week": when a future event is due, not when it
      // happened
    }
    DayOfWeek weekday = weekday(lower);
    boolean explicitCalendar =
        MONTH_NAME.matcher(lower).find() || NUMERIC_DATE.matcher(lower).find();
    if (weekday != null && !explicitCalendar) {
      if (published == null) {
        return null;
      }
      if (lower.contains("next") || lower.contains("coming")) {
        return null;
      }
      LocalDate date = published.with(TemporalAdjusters.previousOrSame(weekday));
      if (lower.contains("last") && date.equals(published)) {
        date = date.minusWeeks(1);
      }
      return new ResolvedDate(date, DateBasis.TEXT, DatePrecision.DAY, text);
    }
    if (lower.equals("today")
        || lower.equals("tonight")
        || lower.equals("this morning")
        || lower.equals("this afternoon")
        || lower.equals("this evening")) {
      return published == null
          ? null
          : new ResolvedDate(published, DateBasis.TEXT, DatePrecision.DAY, text);
    }
    if (lower.equals("yesterday") || lower.equals("last night")) {
      return published == null
          ? null
          : new ResolvedDate(published.minusDays(1), DateBasis.TEXT, DatePrecision.DAY, text);
    }
    if (value.isEmpty() || value.contains("X") || value.endsWith("_REF")) {
      return null;
    }
    boolean yearWritten = HAS_YEAR.matcher(lower).find();
    Matcher m = DAY.matcher(value);
    if (m.matches()) {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      return anchor(date, DatePrecision.DAY, yearWritten, published, text, 1);
    }
    m = MONTH.matcher(value);
    if (m.matches()) {
      LocalDate date =
          LocalDate.of(Integer.parseInt(m.group(1)), Month.of(Integer.parseInt(m.group(2))), 1);
      return anchor(date, DatePrecision.MONTH, yearWritten, published, text, 1);
    }
    m = WEEK.matcher(value);
    if (m.matches()) {
      LocalDate monday =
          LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
              .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      LocalDate middle = monday.plusDays(3);
      if (published != null && middle.isAfter(published)) {
        middle = published;
      }
      if (published != null && monday.isAfter(published)) {
        return null;
      }
      return new ResolvedDate(middle, DateBasis.TEXT, DatePrecision.WEEK, text);
    }
    m = YEAR.matcher(value);
    if (m.matches()) {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
      if (published != null && date.isAfter(published)) {
        return null;
      }
      return new ResolvedDate(date, DateBasis.TEXT, DatePrecision.YEAR, text);
    }
    return null;
  }

  /**
   * For intents: the expression's own value when it is a day or month on or before publication,
   * never a guessed past one (a weekday or a year-less date after publication names the future).
   */
  static ResolvedDate resolveAsWritten(
      String text, String value, String type, LocalDate published) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (weekday(lower) != null && !MONTH_NAME.matcher(lower).find()) {
      return null;
    }
    Matcher day = DAY.matcher(value);
    Matcher month = MONTH.matcher(value);
    boolean isDay = day.matches();
    if (!isDay && !month.matches()) {
      return resolve(text, value, type, published);
    }
    LocalDate date =
        isDay
            ? LocalDate.of(
                Integer.parseInt(day.group(1)),
                Integer.parseInt(day.group(2)),
                Integer.parseInt(day.group(3)))
            : LocalDate.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)), 1);
    if (published != null && date.isAfter(published)) {
      return null;
    }
    return resolve(text, value, type, published);
  }

  /** Keeps a date on or before publication: a year-less date in the future is last year's. */
  private static ResolvedDate anchor(
      LocalDate date,
      DatePrecision precision,
      boolean yearWritten,
      LocalDate published,
      String text,
      int yearsBack) {
    if (published != null && date.isAfter(published)) {
      boolean sameMonth =
          precision == DatePrecision.MONTH
              && date.getYear() == published.getYear()
              && date.getMonth() == published.getMonth();
      if (sameMonth) {
        return new ResolvedDate(date, DateBasis.TEXT, precision, text);
      }
      if (yearWritten) {
        return null;
      }
      date = date.minusYears(yearsBack);
      if (date.isAfter(published)) {
        return null;
      }
    }
    return new ResolvedDate(date, DateBasis.TEXT, precision, text);
  }

  static DayOfWeek weekday(String lower) {
    for (Map.Entry<String, DayOfWeek> entry : WEEKDAYS.entrySet()) {
      if (lower.contains(entry.getKey())) {
        return entry.getValue();
      }
    }
    return null;
  }
}
