package org.khaldun.dates;

import java.time.LocalDate;
import java.util.Objects;
import org.khaldun.model.DateBasis;
import org.khaldun.model.DatePrecision;

/**
 * An event date and how it was found.
 *
 * @param date the date, or null when unknown
 * @param basis text, published or none
 * @param precision how precise a text date is (day for fallbacks)
 * @param expression the time expression used, or null
 */
public record ResolvedDate(
    LocalDate date, DateBasis basis, DatePrecision precision, String expression) {
  public ResolvedDate {
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(precision, "precision");
  }

  static ResolvedDate fallback(LocalDate published) {
    return published == null
        ? new ResolvedDate(null, DateBasis.NONE, DatePrecision.DAY, null)
        : new ResolvedDate(published, DateBasis.PUBLISHED, DatePrecision.DAY, null);
  }
}
