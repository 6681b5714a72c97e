package org.khaldun.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on input records and on the work spent on each.
 *
 * @param maxRecordBytes a text file or JSON line larger than this is rejected as oversized
 * @param articleTimeLimit an article still being analysed after this long is rejected; zero for no
 *     limit
 */
public record Limits(int maxRecordBytes, Duration articleTimeLimit) {
  /**
   * Two minutes: a long real article takes seconds, so only text that no reader would call an
   * article (a dump of tables, a book) comes near it.
   */
  public static final Duration DEFAULT_ARTICLE_TIME_LIMIT = Duration.ofMinutes(2);

  public static final Limits DEFAULT = new Limits(2 * 1024 * 1024);

  public Limits {
    Objects.requireNonNull(articleTimeLimit, "articleTimeLimit");
    if (maxRecordBytes < 64) {
      throw new IllegalArgumentException(
          "--max-record-bytes must be at least 64, was " + maxRecordBytes);
    }
    if (articleTimeLimit.isNegative()) {
      throw new IllegalArgumentException(
          "--article-time-limit must not be negative, was " + articleTimeLimit.toSeconds());
    }
  }

  public Limits(int maxRecordBytes) {
    this(maxRecordBytes, DEFAULT_ARTICLE_TIME_LIMIT);
  }
}
