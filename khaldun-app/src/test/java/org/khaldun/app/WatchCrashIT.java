package org.khaldun.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.crawl.testkit.NewsServer;
import org.khaldun.crawl.testkit.NewsServer.Answer;
import org.khaldun.crawl.testkit.Pages;
import org.khaldun.store.Store;
import org.khaldun.testkit.ChildJvm;

/**
 * A real {@code khaldun watch} process (coding faked, store real) killed with SIGKILL while a slow
 * page is being served: run again, it fetches only what it had not stored, and stores nothing
 * twice; run a third time, it fetches nothing at all.
 */
final class WatchCrashIT {
  @TempDir Path work;
  private NewsServer site;
  private final CountDownLatch slowPageAsked = new CountDownLatch(1);
  private final CountDownLatch letSlowPageGo = new CountDownLatch(1);

  @BeforeEach
  void site() throws IOException {
    site = new NewsServer();
    site.route("/robots.txt", (r, hit) -> Answer.text("text/plain", "User-agent: *\nAllow: /\n"))
        .feed(
            "/rss.xml",
            List.of(
                site.url("/news/1"),
                site.url("/news/2"),
                site.url("/slow/3"),
                site.url("/news/4?utm_source=rss")))
        .page("/news/1", Pages.page(1))
        .page("/news/2", Pages.page(2))
        .route(
            "/slow/3",
            (r, hit) -> {
              if (hit == 1) {
                slowPageAsked.countDown();
                letSlowPageGo.await(120, TimeUnit.SECONDS);
              }
              return Answer.html(Pages.page(3));
            })
        .page("/news/4", Pages.page(4));
  }

  @AfterEach
  void stop() {
    letSlowPageGo.countDown();
    site.close();
  }

  private Process watch(Path db, String log) throws IOException {
    return watch(db, log, "--once");
  }

  private Process watch(Path db, String log, String... more) throws IOException {
    Path feeds = work.resolve("feeds.txt");
    Files.writeString(feeds, "# the test site\n" + site.url("/rss.xml") + "\n");
    List<String> args =
        new ArrayList<>(
            List.of(
                "--feeds", feeds.toString(), "--db", db.toString(), "--delay", "0s", "--no-cache"));
    args.addAll(List.of(more));
    return ChildJvm.start(
        work.resolve(log), FakeCodingWatch.class.getName(), args.toArray(String[]::new));
  }

  private String finish(Process process, String log) throws Exception {
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("watch finished").isTrue();
    String output = Files.readString(work.resolve(log), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  @Test
  void aWatchKilledMidwayLosesNothingAndStoresNothingTwiceWhenRunAgain() throws Exception {
    Path db = work.resolve("watch.duckdb");
    Process killed = watch(db, "killed.log");
    assertThat(slowPageAsked.await(120, TimeUnit.SECONDS))
        .as("the slow page was asked for")
        .isTrue();
    killed.destroyForcibly(); // SIGKILL while the page is on its way: no chance to tidy up
    assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(urlsStored(db)).containsExactly(site.url("/news/1"), site.url("/news/2"));
    letSlowPageGo.countDown();

    String rerun = finish(watch(db, "rerun.log"), "rerun.log");

    assertThat(urlsStored(db))
        .containsExactly(
            site.url("/news/1"), site.url("/news/2"), site.url("/news/4"), site.url("/slow/3"));
    assertThat(List.of(site.hits("/news/1"), site.hits("/news/2"), site.hits("/slow/3")))
        .as("only the page in flight when killed is fetched again")
        .containsExactly(1, 1, 2);
    assertThat(site.hits("/news/4")).isEqualTo(1);
    assertThat(rerun).contains("2 pages fetched, 2 skipped, 0 rejected, 0 failed, 2 stored");

    String third = finish(watch(db, "third.log"), "third.log");

    assertThat(site.hitsUnder("/news/") + site.hitsUnder("/slow/")).isEqualTo(5);
    assertThat(third).contains("1 feed, 0 pages fetched, 0 skipped");
    assertThat(site.requests())
        .filteredOn(r -> r.pathAndQuery().equals("/rss.xml"))
        .extracting(r -> r.header("If-None-Match") != null)
        .containsExactly(false, false, true);
    assertThat(urlsStored(db)).hasSize(4);
  }

  @Test
  void aWatchStoppedBySigtermFinishesThePageInHandAndRecordsTheRoundAsStopped() throws Exception {
    letSlowPageGo.countDown();
    CountDownLatch secondTick = new CountDownLatch(1);
    // Each round the feed has one new story, which takes a while to come.
    site.route(
            "/rss.xml",
            (r, hit) ->
                Answer.text(
                    "application/rss+xml", Pages.rss("Ticks", List.of(site.url("/tick?n=" + hit)))))
        .route(
            "/tick",
            (r, hit) -> {
              int n = Integer.parseInt(r.pathAndQuery().substring("/tick?n=".length()));
              if (n == 2) {
                secondTick.countDown();
              }
              Thread.sleep(1_500);
              return Answer.html(Pages.page(20 + n));
            });
    Path db = work.resolve("service.duckdb");
    Process service = watch(db, "service.log", "--interval", "100ms");
    assertThat(secondTick.await(120, TimeUnit.SECONDS)).as("a second round began").isTrue();
    service.destroy(); // SIGTERM, as a service manager stops it, while a page is on its way
    assertThat(service.waitFor(60, TimeUnit.SECONDS)).as("stopped").isTrue();

    List<String> runs = new ArrayList<>();
    new Store(db)
        .read(
            c -> {
              try (Statement s = c.createStatement();
                  ResultSet rs =
                      s.executeQuery("SELECT command, status FROM runs ORDER BY started_at")) {
                while (rs.next()) {
                  runs.add(rs.getString(1) + " " + rs.getString(2));
                }
              }
              return null;
            });
    assertThat(runs).containsExactly("watch done", "watch stopped");
    assertThat(urlsStored(db)).containsExactly(site.url("/tick?n=1"), site.url("/tick?n=2"));
    assertThat(Files.readString(work.resolve("service.log"), StandardCharsets.UTF_8))
        .contains("a round every 0.1s")
        .contains("watch: round 2 (stopped): 1 feed, 1 page fetched, 0 skipped, 0 rejected");
  }

  /** The URLs of the stored articles, in URL order. */
  private static List<String> urlsStored(Path db) {
    return new Store(db)
        .read(
            c -> {
              List<String> urls = new ArrayList<>();
              try (Statement s = c.createStatement();
                  ResultSet rs = s.executeQuery("SELECT url FROM articles ORDER BY url")) {
                while (rs.next()) {
                  urls.add(rs.getString(1));
                }
              }
              return urls;
            });
  }
}
