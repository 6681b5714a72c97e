package org.khaldun.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.crawl.testkit.MemoryCrawl;
import org.khaldun.crawl.testkit.NewsServer;
import org.khaldun.crawl.testkit.NewsServer.Answer;
import org.khaldun.crawl.testkit.Pages;
import org.khaldun.ingest.Ingest;
import org.khaldun.ingest.Limits;
import org.khaldun.model.Article;
import org.khaldun.model.Rejected;

/**
 * The watcher against a news site on the loopback interface, with the coding stage faked: what it
 * fetches, what it leaves alone, what it remembers, what it archives.
 */
class WatcherIT {
  private static final String AGENT = "Khaldun/test (+https://example.org/khaldun)";

  @TempDir Path dir;
  private NewsServer site;
  private final StringWriter log = new StringWriter();

  @BeforeEach
  void start() throws IOException {
    site = new NewsServer();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private CrawlConfig config() {
    return CrawlConfig.defaults(AGENT)
        .withDelay(Duration.ZERO)
        .withTimeout(Duration.ofSeconds(2)) // long enough for a busy machine's loopback
        .withRetries(2, Duration.ofMillis(50))
        .withRounds(Duration.ofMinutes(15), true);
  }

  private Watcher watcher(CrawlConfig config, MemoryCrawl memory, String... feeds) {
    return new Watcher(
        config,
        List.of(feeds).stream().map(site::url).toList(),
        memory,
        memory,
        config.archive() == null
            ? Archive.NONE
            : new WarcArchive(config.archive(), config.archiveFileBytes(), AGENT),
        new PrintWriter(log, true));
  }

  private CrawlCounts round(CrawlConfig config, MemoryCrawl memory, String... feeds) {
    try (Watcher watcher = watcher(config, memory, feeds)) {
      return watcher.round();
    }
  }

  /** A site with every kind of trouble: see the test below for what each path is. */
  private void troubledSite() {
    site.route(
            "/robots.txt",
            (e, hit) -> Answer.text("text/plain", "User-agent: *\nDisallow: /private/\n"))
        .feed(
            "/feeds/main.xml",
            List.of(
                site.url("/news/1"),
                site.url("/news/2?utm_source=rss&utm_medium=feed"),
                site.url("/news/2"),
                site.url("/amp/news/3"),
                site.url("/news/3"),
                site.url("/old/4"),
                site.url("/private/5"),
                site.url("/fr/6"),
                site.url("/gone/7"),
                site.url("/flaky/8"),
                site.url("/slow/9")))
        .route(
            "/feeds/broken.xml",
            (e, hit) -> Answer.text("application/rss+xml", "<rss><channel><item><link>oops"))
        .route(
            "/feeds/atom.xml",
            (e, hit) ->
                Answer.text("application/atom+xml", Pages.atom("Atom", List.of("/news/10"))))
        .page("/news/1", Pages.page(1))
        .page("/news/2", Pages.page(2))
        .page(
            "/amp/news/3",
            Pages.page("Bridge 3", "2023-10-16", Pages.story(3), site.url("/news/3")))
        .page("/news/3", Pages.page(3))
        .route("/old/4", (e, hit) -> Answer.redirect(site.url("/news/4")))
        .page("/news/4", Pages.page(4))
        .page("/private/5", Pages.page(5))
        .page("/fr/6", Pages.page("Le pont", "2023-10-16", Pages.frenchStory(), null))
        .route("/gone/7", (e, hit) -> Answer.status(404))
        .route("/flaky/8", (e, hit) -> hit <= 2 ? Answer.status(500) : Answer.html(Pages.page(8)))
        .route(
            "/slow/9",
            (e, hit) -> {
              Thread.sleep(8_000);
              return Answer.html(Pages.page(9));
            })
        .page("/news/10", Pages.page(10));
  }

  @Test
  void oneRoundStoresEachStoryOnceAndReportsEveryBadLinkWithItsReason() {
    troubledSite();
    MemoryCrawl memory = new MemoryCrawl();
    CrawlCounts counts =
        round(config(), memory, "/feeds/main.xml", "/feeds/broken.xml", "/feeds/atom.xml");

    assertThat(memory.stored)
        .extracting(Article::url)
        .containsExactly(
            site.url("/news/1"),
            site.url("/news/2"),
            site.url("/amp/news/3"),
            site.url("/news/4"),
            site.url("/flaky/8"),
            site.url("/news/10"));
    assertThat(memory.stored).extracting(Article::text).doesNotHaveDuplicates();
    assertThat(site.hits("/news/2?utm_source=rss&utm_medium=feed")).isZero();
    assertThat(site.hits("/news/2")).isEqualTo(1);
    assertThat(site.hits("/news/3")).as("known by the AMP page's canonical link").isZero();
    assertThat(site.hits("/old/4") + site.hits("/news/4")).isEqualTo(2);
    assertThat(site.hits("/private/5")).as("disallowed by robots.txt").isZero();
    assertThat(site.hits("/flaky/8")).as("two 500s, then the page").isEqualTo(3);
    assertThat(site.hits("/slow/9")).as("three attempts, each timed out").isEqualTo(3);

    assertThat(memory.rejected)
        .extracting(Rejected::describe)
        .containsExactly(
            site.url("/fr/6") + ": [ingest] not English: the text reads as 'fr'",
            site.url("/gone/7") + ": [ingest] HTTP 404 Not Found");
    assertThat(log.toString())
        .contains(site.url("/feeds/broken.xml") + ": feed not read: malformed feed")
        .contains(site.url("/private/5") + ": not fetched: disallowed by robots.txt")
        .contains(
            site.url("/slow/9")
                + ": gave up after 3 attempts: timed out after 2 s (tried again next round)");
    assertThat(counts).isEqualTo(new CrawlCounts(3, 1, 8, 2, 2, 1, 6, 12));
    assertThat(counts.line())
        .isEqualTo(
            "3 feeds (1 unreadable), 8 pages fetched, 2 skipped, 2 rejected, 1 failed, 6 stored"
                + " with 12 events");
    assertThat(site.requests())
        .allSatisfy(r -> assertThat(r.header("User-Agent")).isEqualTo(AGENT));
  }

  @Test
  void aFeedCutShortIsReadAgainAndOnlyItsFailedPageIsFetchedAgain() {
    troubledSite();
    MemoryCrawl memory = new MemoryCrawl();
    round(config(), memory, "/feeds/main.xml", "/feeds/atom.xml");
    int feedHits = site.hits("/feeds/main.xml");
    int pageHits = pageHits();

    CrawlCounts second = round(config(), memory, "/feeds/main.xml", "/feeds/atom.xml");

    assertThat(site.hits("/feeds/main.xml")).isEqualTo(feedHits + 1);
    assertThat(site.requests())
        .filteredOn(r -> r.pathAndQuery().equals("/feeds/main.xml"))
        .extracting(r -> r.header("If-None-Match"))
        .as("the feed whose slow page failed kept no validators")
        .containsOnlyNulls();
    assertThat(pageHits()).isEqualTo(pageHits);
    assertThat(site.hits("/slow/9")).isEqualTo(6);
    assertThat(second.stored()).isZero();
    assertThat(second.failed()).isEqualTo(1);
  }

  /** Requests of pages other than the slow one. */
  private int pageHits() {
    return site.hitsUnder("/")
        - site.hitsUnder("/feeds/")
        - site.hits("/robots.txt")
        - site.hits("/slow/9");
  }

  @Test
  void watchingTheSameFeedsTwiceFetchesNothingNewTheSecondTime() {
    site.route("/robots.txt", (e, hit) -> Answer.text("text/plain", "User-agent: *\nAllow: /\n"))
        .feed("/rss.xml", List.of(site.url("/news/1"), site.url("/news/2")))
        .feed("/more.xml", List.of(site.url("/news/2#comments"), site.url("/NEWS/3")))
        .page("/news/1", Pages.page(1))
        .page("/news/2", Pages.page(2))
        .page("/NEWS/3", Pages.page(3));
    MemoryCrawl memory = new MemoryCrawl();
    CrawlCounts first = round(config(), memory, "/rss.xml", "/more.xml");
    CrawlCounts second = round(config(), memory, "/rss.xml", "/more.xml");

    assertThat(first.stored()).isEqualTo(3);
    assertThat(second).isEqualTo(new CrawlCounts(2, 0, 0, 0, 0, 0, 0, 0));
    assertThat(site.hitsUnder("/news/") + site.hits("/NEWS/3")).isEqualTo(3);
    assertThat(site.requests())
        .filteredOn(r -> r.pathAndQuery().endsWith(".xml"))
        .extracting(r -> r.header("If-None-Match") != null)
        .containsExactly(false, false, true, true);
  }

  @Test
  void aWatchKeepsGoingRoundAfterRoundUntilStopped() throws Exception {
    site.feed("/rss.xml", List.of(site.url("/news/1"))).page("/news/1", Pages.page(1));
    MemoryCrawl memory = new MemoryCrawl();
    List<Boolean> rounds = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    CrawlConfig config = config().withRounds(Duration.ofMillis(200), false);
    try (Watcher watcher = watcher(config, memory, "/rss.xml")) {
      java.util.concurrent.CompletableFuture<CrawlCounts> running =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () ->
                  watcher.run(
                      new WatchEvents() {
                        @Override
                        public void roundFinished(int round, CrawlCounts counts, boolean complete) {
                          rounds.add(complete);
                        }
                      }));
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (site.hits("/rss.xml") < 3 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      watcher.stop();
      CrawlCounts total = running.get(10, java.util.concurrent.TimeUnit.SECONDS);

      assertThat(rounds).hasSizeGreaterThanOrEqualTo(3);
      assertThat(rounds.subList(0, rounds.size() - 1))
          .as("every round but one cut short by the stop")
          .containsOnly(true);
      assertThat(total.stored()).isEqualTo(1);
      assertThat(site.hits("/news/1")).isEqualTo(1);
    }
  }

  @Test
  void aMovedFeedIsFollowedAndItsLinksReadAgainstItsNewAddress() {
    site.route("/old.xml", (r, hit) -> Answer.redirect(site.url("/feeds/new.xml")))
        .route(
            "/feeds/new.xml",
            (r, hit) -> Answer.text("application/rss+xml", Pages.rss("New", List.of("story"))))
        .page("/feeds/story", Pages.page(1));
    MemoryCrawl memory = new MemoryCrawl();
    CrawlCounts counts = round(config(), memory, "/old.xml");

    assertThat(counts.feeds()).isEqualTo(1);
    assertThat(memory.stored).extracting(Article::url).containsExactly(site.url("/feeds/story"));
  }

  @Test
  void requestsToOneHostAreSpacedByTheDelay() {
    site.feed("/rss.xml", List.of(site.url("/news/1"), site.url("/news/2")))
        .page("/news/1", Pages.page(1))
        .page("/news/2", Pages.page(2));
    round(config().withDelay(Duration.ofMillis(300)), new MemoryCrawl(), "/rss.xml");

    List<NewsServer.Request> requests = site.requests();
    assertThat(requests)
        .extracting(NewsServer.Request::pathAndQuery)
        .containsExactly("/robots.txt", "/rss.xml", "/news/1", "/news/2");
    for (int i = 1; i < requests.size(); i++) {
      assertThat(requests.get(i).nanos() - requests.get(i - 1).nanos())
          .isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
    }
  }

  @Test
  void aCrawlDelayInRobotsTxtLengthensTheDelay() {
    site.route(
            "/robots.txt",
            (e, hit) -> Answer.text("text/plain", "User-agent: khaldun\nCrawl-delay: 1\n"))
        .feed("/rss.xml", List.of(site.url("/news/1")))
        .page("/news/1", Pages.page(1));
    round(config(), new MemoryCrawl(), "/rss.xml");

    List<NewsServer.Request> requests = site.requests();
    assertThat(requests.get(2).nanos() - requests.get(1).nanos())
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
  }

  @Test
  void aSiteWhoseRobotsTxtCannotBeReadIsLeftAloneAndAskedAgainLater() {
    site.route("/robots.txt", (r, hit) -> Answer.status(503))
        .feed("/rss.xml", List.of(site.url("/news/1")))
        .page("/news/1", Pages.page(1));
    MemoryCrawl memory = new MemoryCrawl();
    CrawlCounts counts = round(config(), memory, "/rss.xml");

    assertThat(counts.feedErrors()).isEqualTo(1);
    assertThat(site.hits("/robots.txt")).as("with its retries").isEqualTo(3);
    assertThat(site.hits("/rss.xml") + site.hits("/news/1")).isZero();
    assertThat(log.toString())
        .contains(
            site.url("/rss.xml")
                + ": feed not read: robots.txt could not be read, so the site is left alone for"
                + " now (gave up after 3 attempts: HTTP 503 Service Unavailable)");
  }

  @Test
  void aPageOverTheSizeLimitIsRejectedUnread() {
    site.feed("/rss.xml", List.of(site.url("/big")))
        .route("/big", (e, hit) -> Answer.html(Pages.page(1) + " ".repeat(5000)));
    MemoryCrawl memory = new MemoryCrawl();
    round(config().withMaxPageBytes(2048), memory, "/rss.xml");

    assertThat(memory.rejected)
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).startsWith("oversized: "));
  }

  @Test
  void theArchiveReadsBackAsTheArticlesTheWatchTook() throws IOException {
    troubledSite();
    MemoryCrawl memory = new MemoryCrawl();
    Path archive = dir.resolve("archive");
    CrawlConfig config = config().withArchive(archive, 1024 * 1024);
    List<Path> files;
    try (Watcher watcher = watcher(config, memory, "/feeds/main.xml", "/feeds/atom.xml")) {
      watcher.round();
    }
    try (var listing = java.nio.file.Files.list(archive)) {
      files = listing.sorted().toList();
    }
    assertThat(files).singleElement().satisfies(f -> assertThat(f.toString()).endsWith(".warc.gz"));

    Ingest.Batch again =
        new Ingest(Limits.DEFAULT, System.in).readAll(List.of(files.get(0).toString()));

    assertThat(again.articles()).containsExactlyElementsOf(memory.stored);
    assertThat(again.rejected())
        .extracting(Rejected::reason)
        .containsExactly("not English: the text reads as 'fr'");
  }

  @Test
  void theArchiveBeginsANewFileWhenOneIsFull() throws IOException {
    site.feed("/rss.xml", List.of(site.url("/news/1"), site.url("/news/2")))
        .page("/news/1", Pages.page(1) + "<!--" + noise(1) + "-->")
        .page("/news/2", Pages.page(2) + "<!--" + noise(2) + "-->");
    Path archive = dir.resolve("rotating");
    try (Watcher watcher =
        watcher(config().withArchive(archive, 1024 * 1024), new MemoryCrawl(), "/rss.xml")) {
      watcher.round();
    }
    try (var listing = java.nio.file.Files.list(archive)) {
      assertThat(listing.map(p -> p.getFileName().toString()).sorted().toList())
          .hasSize(2)
          .allSatisfy(name -> assertThat(name).matches("khaldun-\\d{14}-0000[12]\\.warc\\.gz"));
    }
  }

  /** 1.5 MB that gzip cannot shrink below 1 MiB. */
  private static String noise(long seed) {
    java.util.Random random = new java.util.Random(seed);
    String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    StringBuilder noise = new StringBuilder(1_500_000);
    for (int i = 0; i < 1_500_000; i++) {
      noise.append(letters.charAt(random.nextInt(letters.length())));
    }
    return noise.toString();
  }
}
