package org.khaldun.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What each site's robots.txt allows the watcher, read with crawler-commons and kept for a day per
 * origin. As the robots.txt standard (RFC 9309) asks: no robots.txt (a 4xx answer) allows
 * everything; a robots.txt that cannot be had (a 5xx answer, a network error) closes the site until
 * it can, retried after a few minutes. A {@code Crawl-delay} lengthens the site's politeness delay.
 * Thread-safe.
 */
final class Robots {
  private static final Duration KEEP = Duration.ofHours(24);
  private static final Duration RETRY_UNREACHABLE = Duration.ofMinutes(5);
  private static final int MAX_BYTES = 512 * 1024;

  private final Fetcher fetcher;
  private final HostGate gate;
  private final String robotName;
  private final int maxRedirects;
  private final ConcurrentMap<String, Entry> rules = new ConcurrentHashMap<>();

  private record Entry(BaseRobotRules rules, long until, String problem) {}

  /**
   * Why a URL may not be fetched.
   *
   * @param passing true when robots.txt could not be read, which a later round may mend
   */
  record Refusal(String reason, boolean passing) {}

  Robots(Fetcher fetcher, HostGate gate, String robotName, int maxRedirects) {
    this.fetcher = fetcher;
    this.gate = gate;
    this.robotName = robotName.toLowerCase(java.util.Locale.ROOT);
    this.maxRedirects = maxRedirects;
  }

  /** Null when the watcher may fetch {@code url}, else why not. */
  Refusal refusal(URI url) {
    String origin = Urls.origin(url);
    Entry entry = rules.get(origin);
    if (entry == null || System.nanoTime() - entry.until() > 0) {
      entry = load(origin);
      rules.put(origin, entry);
    }
    if (entry.problem() != null) {
      return new Refusal(entry.problem(), true);
    }
    return entry.rules().isAllowed(url.toString())
        ? null
        : new Refusal("disallowed by robots.txt", false);
  }

  private Entry load(String origin) {
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    URI location = URI.create(origin + "/robots.txt");
    try {
      for (int hop = 0; ; hop++) {
        Response response = fetcher.fetch(location, Map.of(), MAX_BYTES);
        if (response.redirect() && hop < maxRedirects && response.header("location").isPresent()) {
          location = location.resolve(response.header("location").get());
          continue;
        }
        BaseRobotRules parsed;
        if (response.status() >= 200 && response.status() < 300) {
          parsed =
              parser.parseContent(
                  location.toString(),
                  response.body(),
                  response.header("content-type").orElse("text/plain"),
                  List.of(robotName));
        } else {
          parsed = parser.failedFetch(response.status());
        }
        if (parsed.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY
            && parsed.getCrawlDelay() > 0) {
          gate.crawlDelay(origin, Duration.ofMillis(parsed.getCrawlDelay()));
        }
        return new Entry(parsed, System.nanoTime() + KEEP.toNanos(), null);
      }
    } catch (CrawlException e) {
      return new Entry(
          null,
          System.nanoTime() + RETRY_UNREACHABLE.toNanos(),
          "robots.txt could not be read, so the site is left alone for now (" + e.reason() + ")");
    }
  }
}
