package org.khaldun.crawl;

import java.io.PrintWriter;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khaldun.InputException;
import org.khaldun.model.Rejected;

/**
 * Keeps a store current from news feeds: each round reads every feed (a conditional GET), fetches
 * the pages of links not seen before, reads them as articles and hands them to the {@link Intake}.
 * Links are canonical ({@link Urls}); a page's redirects and canonical link are remembered too, so
 * the same story under another address is not fetched or coded again. A feed's validators are kept
 * only once every link of it has been dealt with, so a round cut short reads the feed again next
 * time instead of being told it has not changed. One thread: one request at a time overall, which
 * is politer than the per-host rule asks. Bad feeds and pages are reported, naming the URL and the
 * reason, and the round goes on.
 */
public final class Watcher implements AutoCloseable {
  private static final String ACCEPT_FEED = "application/rss+xml, application/atom+xml, */*;q=0.8";

  private final CrawlConfig config;
  private final List<String> feeds;
  private final CrawlState state;
  private final Intake intake;
  private final Archive archive;
  private final PrintWriter log;
  private final HttpFetcher fetcher;
  private final Robots robots;
  private CrawlCounts.Tally tally;
  private WatchEvents events = WatchEvents.NONE;
  private int roundNumber;
  private volatile boolean stopping;

  public Watcher(
      CrawlConfig config,
      List<String> feeds,
      CrawlState state,
      Intake intake,
      Archive archive,
      PrintWriter log) {
    this.config = config;
    this.feeds = List.copyOf(feeds);
    this.state = state;
    this.intake = intake;
    this.archive = archive;
    this.log = log;
    HostGate gate = new HostGate(config.delay());
    this.fetcher = new HttpFetcher(config, gate, archive);
    this.robots = new Robots(fetcher, gate, config.robotName(), config.maxRedirects());
  }

  /** As {@link #run(WatchEvents)}, telling no one. */
  public CrawlCounts run() {
    return run(WatchEvents.NONE);
  }

  /**
   * Rounds, {@link CrawlConfig#interval()} apart, until {@link CrawlConfig#once()} has had its
   * round or {@link #stop()} is called; returns the totals.
   */
  public CrawlCounts run(WatchEvents events) {
    CrawlCounts total = CrawlCounts.ZERO;
    for (int round = 1; !stopping; round++) {
      events.roundStarted(round);
      CrawlCounts counts = round(round, events);
      total = total.plus(counts);
      log.println("watch: round " + round + (stopping ? " (stopped)" : "") + ": " + counts.line());
      log.flush();
      events.roundFinished(round, counts, !stopping);
      if (config.once()) {
        break;
      }
      pause();
    }
    return total;
  }

  /**
   * Asks a running watch to stop after the page in hand (from another thread, a shutdown hook); a
   * feed cut short keeps no validators, so the next watch reads it again.
   */
  public void stop() {
    synchronized (this) {
      stopping = true;
      notifyAll();
    }
  }

  private synchronized void pause() {
    long until = System.nanoTime() + config.interval().toNanos();
    try {
      for (long left = config.interval().toMillis(); !stopping && left > 0; ) {
        wait(left);
        left = (until - System.nanoTime()) / 1_000_000;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopping = true;
    }
  }

  /** One pass over every feed. */
  public CrawlCounts round() {
    return round(1, WatchEvents.NONE);
  }

  private CrawlCounts round(int round, WatchEvents events) {
    tally = new CrawlCounts.Tally();
    this.events = events;
    this.roundNumber = round;
    for (String feed : feeds) {
      if (stopping) {
        break;
      }
      readFeed(feed);
    }
    return tally.snapshot();
  }

  private void readFeed(String feed) {
    URI url = URI.create(feed);
    tally.feeds++;
    try {
      FeedValidators validators = state.validators(feed).orElse(FeedValidators.NONE);
      Map<String, String> headers = new java.util.HashMap<>(Map.of("Accept", ACCEPT_FEED));
      if (validators.etag() != null) {
        headers.put("If-None-Match", validators.etag());
      }
      if (validators.lastModified() != null) {
        headers.put("If-Modified-Since", validators.lastModified());
      }
      Response response = null;
      for (int hop = 0; response == null || response.redirect(); hop++) {
        if (response != null) { // a moved feed: follow it, as its readers' software would
          String next = Urls.canonical(url.toString(), response.header("location").orElse(null));
          if (next == null || hop > config.maxRedirects()) {
            break;
          }
          url = URI.create(next);
        }
        Robots.Refusal refusal = robots.refusal(url);
        if (refusal != null) {
          tally.feedErrors++;
          report(url.toString(), "feed not read: " + refusal.reason());
          return;
        }
        response = fetcher.fetch(url, headers, config.maxFeedBytes());
      }
      if (response.status() == 304) {
        return; // unchanged since every link of it was dealt with
      }
      if (response.status() < 200 || response.status() > 299) {
        tally.feedErrors++;
        report(url.toString(), "feed not read: " + response.statusLine());
        return;
      }
      List<String> links = Feeds.links(url.toString(), response.body());
      boolean settled = true;
      for (String link : links) {
        if (stopping) {
          return; // cut short: no validators, so the next watch reads the feed again
        }
        settled &= page(link);
        log.flush();
        events.progress(roundNumber, tally.snapshot());
      }
      if (settled) {
        state.validated(feed, FeedValidators.of(response));
      }
    } catch (CrawlException e) {
      tally.feedErrors++;
      report(url.toString(), "feed not read: " + e.reason());
    }
  }

  /** Deals with one link; false when it could not be had this time and must be tried again. */
  private boolean page(String link) {
    if (state.seen(link)) {
      tally.skipped++;
      return true;
    }
    Set<String> urls = new LinkedHashSet<>();
    urls.add(link);
    String current = link;
    try {
      for (int hop = 0; ; hop++) {
        Robots.Refusal refusal = robots.refusal(URI.create(current));
        if (refusal != null && refusal.passing()) {
          tally.failed++;
          report(current, "not fetched: " + refusal.reason() + " (tried again next round)");
          return false;
        }
        if (refusal != null) {
          tally.skipped++;
          report(current, "not fetched: " + refusal.reason());
          return true; // robots.txt may change its mind; the link is not marked seen
        }
        Response response = fetcher.fetch(URI.create(current), Map.of(), config.maxPageBytes());
        if (response.redirect() && response.header("location").isPresent()) {
          String next = Urls.canonical(current, response.header("location").get());
          if (next == null || hop >= config.maxRedirects()) {
            return reject(current, urls, "redirect not followed: " + response.statusLine(), null);
          }
          if (state.seen(next) || urls.contains(next)) {
            tally.skipped++;
            state.markSeen(urls, "redirect to a page seen");
            return true;
          }
          urls.add(next);
          current = next;
          continue;
        }
        tally.fetched++;
        if (response.status() < 200 || response.status() > 299) {
          return reject(current, urls, response.statusLine(), null);
        }
        return take(response, urls);
      }
    } catch (CrawlException e) {
      if (e.retryable()) {
        tally.failed++;
        report(current, e.reason() + " (tried again next round)");
        return false;
      }
      return reject(current, urls, e.reason(), null);
    }
  }

  private boolean take(Response response, Set<String> urls) {
    String url = response.url().toString();
    PageReader.Page page;
    try {
      page = PageReader.read(response, config.maxPageBytes());
    } catch (InputException e) {
      String prefix = url + ": ";
      String reason =
          e.getMessage().startsWith(prefix)
              ? e.getMessage().substring(prefix.length())
              : e.getMessage();
      return reject(url, urls, reason, null);
    }
    if (page.canonical() != null && !urls.contains(page.canonical())) {
      if (state.seen(page.canonical())) {
        tally.skipped++;
        state.markSeen(urls, "copy of " + page.canonical());
        return true;
      }
      urls.add(page.canonical());
    }
    Intake.Taken taken = intake.take(page.article(), urls);
    switch (taken.outcome()) {
      case STORED -> {
        tally.stored++;
        tally.events += taken.events();
      }
      case DUPLICATE -> tally.skipped++;
      case REJECTED -> tally.rejected++;
    }
    return true;
  }

  private boolean reject(String url, Set<String> urls, String reason, String articleId) {
    tally.rejected++;
    report(url, reason);
    intake.reject(new Rejected(url, 0, articleId, "ingest", reason), urls);
    return true;
  }

  private void report(String url, String reason) {
    log.println("watch: " + url + ": " + reason);
  }

  @Override
  public void close() {
    fetcher.close();
    archive.close();
  }
}
