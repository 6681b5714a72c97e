package org.khaldun.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated news report as ingested.
 *
 * @param id stable identifier: given by the input or a hash of the text
 * @param url where it was published, or null
 * @param source the outlet (a domain or name), or null when unknown
 * @param published the publication date, or null when unknown; for a date known only to the month,
 *     the first day of that month (see {@code datePrecision})
 * @param title the headline, or null
 * @param text the body; character offsets of every later stage refer to it
 * @param datePrecision {@code DAY} or {@code MONTH}: how much of {@code published} is known
 * @param dateSource where the date was found ({@code json-ld}, {@code meta}, {@code url}, ...), or
 *     null when it was given with the article
 * @param lang the ISO 639-1 language code detected or given, or null when unknown
 */
public record Article(
    String id,
    String url,
    String source,
    LocalDate published,
    String title,
    String text,
    DatePrecision datePrecision,
    String dateSource,
    String lang) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(datePrecision, "datePrecision");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
    if (datePrecision != DatePrecision.DAY && datePrecision != DatePrecision.MONTH) {
      throw new IllegalArgumentException("a publication date is known to the day or the month");
    }
    if (datePrecision == DatePrecision.MONTH
        && published != null
        && published.getDayOfMonth() != 1) {
      throw new IllegalArgumentException(
          "a month-precision date is stored as the month's first day");
    }
  }

  /**
   * An article whose date, if any, is known to the day, with no recorded date source or language.
   */
  public Article(
      String id, String url, String source, LocalDate published, String title, String text) {
    this(id, url, source, published, title, text, DatePrecision.DAY, null, null);
  }

  /**
   * The date that relative expressions in the text ("on Sunday", "last week") resolve against: the
   * publication date when it is known to the day, else null. A month-precision date is no anchor: a
   * made-up day would move every "on Sunday" silently.
   */
  public LocalDate anchorDate() {
    return datePrecision == DatePrecision.DAY ? published : null;
  }

  /** The publication date as written in JSON lines: {@code 2023-10-16}, or {@code 2023-10}. */
  public String publishedLabel() {
    if (published == null) {
      return null;
    }
    return datePrecision == DatePrecision.MONTH
        ? published.toString().substring(0, 7)
        : published.toString();
  }

  /** The same article under another id (a derived one, when its own names another text). */
  public Article withId(String newId) {
    return new Article(newId, url, source, published, title, text, datePrecision, dateSource, lang);
  }
}
