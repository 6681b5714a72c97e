package org.khaldun.crawl;

import java.util.Locale;

/**
 * What a round of the watch did, for the progress line.
 *
 * @param feeds feeds asked for
 * @param feedErrors of those, the feeds that could not be had or parsed
 * @param fetched pages fetched (answers received; retries and redirects not counted apart)
 * @param skipped links left alone: seen before, disallowed by robots.txt, a copy of a stored page
 * @param rejected pages that are no article to code (not English, an error page, too short)
 * @param failed pages that could not be had this time (tried again next round)
 * @param stored articles coded and stored
 * @param events event mentions stored with them
 */
public record CrawlCounts(
    int feeds,
    int feedErrors,
    int fetched,
    int skipped,
    int rejected,
    int failed,
    int stored,
    long events) {
  public static final CrawlCounts ZERO = new CrawlCounts(0, 0, 0, 0, 0, 0, 0, 0);

  public CrawlCounts plus(CrawlCounts o) {
    return new CrawlCounts(
        feeds + o.feeds,
        feedErrors + o.feedErrors,
        fetched + o.fetched,
        skipped + o.skipped,
        rejected + o.rejected,
        failed + o.failed,
        stored + o.stored,
        events + o.events);
  }

  /** The progress line: {@code 3 feeds (1 failed), 9 pages fetched, 3 skipped, ...}. */
  public String line() {
    return String.format(
        Locale.ROOT,
        "%d feed%s%s, %d page%s fetched, %d skipped, %d rejected, %d failed, %d stored with %d"
            + " event%s",
        feeds,
        feeds == 1 ? "" : "s",
        feedErrors == 0 ? "" : " (" + feedErrors + " unreadable)",
        fetched,
        fetched == 1 ? "" : "s",
        skipped,
        rejected,
        failed,
        stored,
        events,
        events == 1 ? "" : "s");
  }

  /** Counts kept while a round runs; one thread. */
  static final class Tally {
    int feeds;
    int feedErrors;
    int fetched;
    int skipped;
    int rejected;
    int failed;
    int stored;
    long events;

    CrawlCounts snapshot() {
      return new CrawlCounts(feeds, feedErrors, fetched, skipped, rejected, failed, stored, events);
    }
  }
}
