package org.khaldun.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khaldun.InputException;
import org.khaldun.model.Article;
import org.khaldun.model.DatePrecision;

/**
 * Parses one plain-text article: an optional leading {@code date YYYY-MM-DD} (the convention of
 * news corpora) followed by the text. Character offsets of later stages refer to the text after the
 * prefix.
 */
final class TextArticleParser {
  private static final Pattern DATE_PREFIX =
      Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}(?:-\\d{2})?)(?:\\s+|\\z)");

  private TextArticleParser() {}

  static Article parse(String source, String id, String raw) {
    LocalDate published = null;
    boolean month = false;
    String text = raw;
    Matcher matcher = DATE_PREFIX.matcher(raw);
    if (matcher.find()) {
      try {
        month = PublicationDates.isMonth(matcher.group(1));
        published =
            month
                ? java.time.YearMonth.parse(matcher.group(1)).atDay(1)
                : LocalDate.parse(matcher.group(1));
      } catch (DateTimeException e) {
        throw new InputException(
            source, 1, "the date prefix " + matcher.group(1) + " is not a calendar date");
      }
      published = PublicationDates.check(published, source, 1);
      text = raw.substring(matcher.end());
    }
    text = text.strip();
    if (text.isEmpty()) {
      throw new InputException(
          source, 0, "empty article" + (published != null ? " (only a date prefix)" : ""));
    }
    return new Article(
        id,
        null,
        null,
        published,
        null,
        text,
        month ? DatePrecision.MONTH : DatePrecision.DAY,
        null,
        null);
  }
}
