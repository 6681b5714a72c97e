package org.khaldun.crawl;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the watcher fetches, validated once.
 *
 * @param userAgent sent with every request and matched against robots.txt groups by its product
 *     token (the part before {@code /})
 * @param delay the least time between the end of one request to a host and the start of the next (a
 *     robots.txt {@code Crawl-delay} may lengthen it)
 * @param timeout connecting, and then receiving the whole response, each within this
 * @param retries further attempts after a 5xx answer or a network error
 * @param backoff the pause before the first retry; each later one doubles it
 * @param maxPageBytes a page larger than this is rejected unread
 * @param maxFeedBytes a feed larger than this is an error
 * @param maxRedirects redirects followed from one link
 * @param interval the pause between rounds
 * @param once one round, then stop
 * @param archive the directory of the WARC archive, or null for none
 * @param archiveFileBytes an archive file is closed and a new one begun past this size
 */
public record CrawlConfig(
    String userAgent,
    Duration delay,
    Duration timeout,
    int retries,
    Duration backoff,
    int maxPageBytes,
    int maxFeedBytes,
    int maxRedirects,
    Duration interval,
    boolean once,
    Path archive,
    long archiveFileBytes) {
  /**
   * Longest robots.txt {@code Crawl-delay} obeyed (crawler-commons' limit): a site asking for more
   * is treated as closed to the watcher.
   */
  public static final Duration MAX_CRAWL_DELAY = Duration.ofMinutes(5);

  public CrawlConfig {
    Objects.requireNonNull(userAgent, "userAgent");
    if (userAgent.isBlank() || userAgent.indexOf('/') <= 0) {
      throw new IllegalArgumentException(
          "the User-Agent must name the product and version, like Khaldun/1.0: " + userAgent);
    }
    requireNonNegative("delay", delay);
    requirePositive("timeout", timeout);
    requireNonNegative("backoff", backoff);
    requirePositive("interval", interval);
    if (retries < 0 || retries > 10) {
      throw new IllegalArgumentException("retries must be between 0 and 10, was " + retries);
    }
    if (maxPageBytes < 1024 || maxFeedBytes < 1024) {
      throw new IllegalArgumentException(
          "page and feed size limits must be at least 1024 bytes, were "
              + maxPageBytes
              + " and "
              + maxFeedBytes);
    }
    if (maxRedirects < 0 || maxRedirects > 20) {
      throw new IllegalArgumentException(
          "redirects followed must be between 0 and 20, was " + maxRedirects);
    }
    if (archiveFileBytes < 1024 * 1024) {
      throw new IllegalArgumentException(
          "an archive file must be allowed at least 1 MiB, was " + archiveFileBytes + " bytes");
    }
  }

  /** Polite defaults: a second between requests to a host, 30 s timeouts, three retries. */
  public static CrawlConfig defaults(String userAgent) {
    return new CrawlConfig(
        userAgent,
        Duration.ofSeconds(1),
        Duration.ofSeconds(30),
        3,
        Duration.ofSeconds(2),
        16 * 1024 * 1024,
        8 * 1024 * 1024,
        5,
        Duration.ofMinutes(15),
        false,
        null,
        1024L * 1024 * 1024);
  }

  public CrawlConfig withDelay(Duration value) {
    return new CrawlConfig(
        userAgent,
        value,
        timeout,
        retries,
        backoff,
        maxPageBytes,
        maxFeedBytes,
        maxRedirects,
        interval,
        once,
        archive,
        archiveFileBytes);
  }

  public CrawlConfig withTimeout(Duration value) {
    return new CrawlConfig(
        userAgent,
        delay,
        value,
        retries,
        backoff,
        maxPageBytes,
        maxFeedBytes,
        maxRedirects,
        interval,
        once,
        archive,
        archiveFileBytes);
  }

  public CrawlConfig withRetries(int value, Duration firstBackoff) {
    return new CrawlConfig(
        userAgent,
        delay,
        timeout,
        value,
        firstBackoff,
        maxPageBytes,
        maxFeedBytes,
        maxRedirects,
        interval,
        once,
        archive,
        archiveFileBytes);
  }

  public CrawlConfig withMaxPageBytes(int value) {
    return new CrawlConfig(
        userAgent,
        delay,
        timeout,
        retries,
        backoff,
        value,
        maxFeedBytes,
        maxRedirects,
        interval,
        once,
        archive,
        archiveFileBytes);
  }

  public CrawlConfig withRounds(Duration value, boolean onlyOnce) {
    return new CrawlConfig(
        userAgent,
        delay,
        timeout,
        retries,
        backoff,
        maxPageBytes,
        maxFeedBytes,
        maxRedirects,
        value,
        onlyOnce,
        archive,
        archiveFileBytes);
  }

  public CrawlConfig withArchive(Path directory, long fileBytes) {
    return new CrawlConfig(
        userAgent,
        delay,
        timeout,
        retries,
        backoff,
        maxPageBytes,
        maxFeedBytes,
        maxRedirects,
        interval,
        once,
        directory,
        fileBytes);
  }

  /** The product token robots.txt groups are matched against: {@code khaldun}. */
  public String robotName() {
    return userAgent.substring(0, userAgent.indexOf('/')).strip();
  }

  private static void requireNonNegative(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
  }

  private static void requirePositive(String name, Duration value) {
    requireNonNegative(name, value);
    if (value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
