package org.khaldun.lexicon.petrarch;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads the dates of PETRARCH actor roles: {@code YYMMDD} (years 00-30 are 20YY, others 19YY, as in
 * KEDS, TABARI and PETRARCH) and {@code YYYYMMDD}. Stateless.
 */
final class PetrarchDates {
  private PetrarchDates() {}

  /** The date written as {@code text}; {@link IllegalArgumentException} says why it is not one. */
  static LocalDate parse(String text) {
    if (!text.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("date '" + text + "' is not digits");
    }
    int year;
    int month;
    int day;
    if (text.length() == 6) {
      int yy = Integer.parseInt(text.substring(0, 2));
      year = yy <= 30 ? 2000 + yy : 1900 + yy;
      month = Integer.parseInt(text.substring(2, 4));
      day = Integer.parseInt(text.substring(4, 6));
    } else if (text.length() == 8) {
      year = Integer.parseInt(text.substring(0, 4));
      month = Integer.parseInt(text.substring(4, 6));
      day = Integer.parseInt(text.substring(6, 8));
    } else {
      throw new IllegalArgumentException("date '" + text + "' is neither YYMMDD nor YYYYMMDD");
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("date '" + text + "' does not exist", e);
    }
  }
}
