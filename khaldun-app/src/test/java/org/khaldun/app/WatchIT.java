package org.khaldun.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.crawl.testkit.NewsServer;
import org.khaldun.crawl.testkit.NewsServer.Answer;
import org.khaldun.crawl.testkit.Pages;
import org.khaldun.store.Store;
import org.khaldun.store.StoreRows;

/**
 * {@code khaldun watch} through the real coder (CoreNLP) against a loopback news site: a copy of a
 * stored story under another address is not coded, the events it stores are the events {@code
 * ingest} stores from its archive, and a second watch fetches nothing.
 */
final class WatchIT {
  private static final String CALL =
      "Egyptian Foreign Minister Sameh Shoukry held a phone call with his Jordanian counterpart"
          + " Ayman Safadi on Sunday, the Egyptian foreign ministry said.\n\nThe two ministers"
          + " discussed the humanitarian situation in Gaza and ways to open the crossings for aid"
          + " convoys. Shoukry said Cairo would keep working with Amman for a lasting ceasefire.";
  private static final String ARRESTS =
      "Kenyan police arrested dozens of protesters in Nairobi on Tuesday after demonstrations"
          + " against new taxes turned violent, officials said.\n\nThe protesters had marched"
          + " towards parliament, where lawmakers were debating the finance bill. Rights groups"
          + " condemned the arrests and called on the government to release those detained.";

  @TempDir Path work;

  @Test
  void watchedPagesGiveTheEventsIngestGivesFromTheArchiveAndASecondWatchFetchesNothing()
      throws IOException {
    try (NewsServer site = new NewsServer()) {
      site.route("/robots.txt", (r, hit) -> Answer.text("text/plain", "User-agent: *\n"))
          .feed("/world.xml", List.of(site.url("/2023/10/15/call"), site.url("/fr/pont")))
          .feed(
              "/africa.xml",
              List.of(site.url("/2023/10/17/arrests?utm_medium=rss"), site.url("/copy/call")))
          .page("/2023/10/15/call", Pages.page("Ministers talk", "2023-10-15", CALL, null))
          .page("/copy/call", Pages.page("Ministers talk", "2023-10-15", CALL, null))
          .page("/2023/10/17/arrests", Pages.page("Arrests", "2023-10-17", ARRESTS, null))
          .page("/fr/pont", Pages.page("Le pont", "2023-10-16", Pages.frenchStory(), null));
      Path feeds = work.resolve("feeds.txt");
      Files.writeString(feeds, site.url("/world.xml") + "\n" + site.url("/africa.xml") + "\n");
      Path db = work.resolve("watch.duckdb");
      Path archive = work.resolve("archive");

      String first =
          run(
              "watch",
              "--feeds",
              feeds.toString(),
              "--db",
              db.toString(),
              "--once",
              "--delay",
              "0s",
              "--archive",
              archive.toString(),
              "--cache",
              work.resolve("cache").toString(),
              "--threads",
              "1");

      assertThat(first)
          .contains(site.url("/fr/pont") + ": not English: the text reads as 'fr'")
          .contains("2 feeds, 4 pages fetched, 1 skipped, 1 rejected, 0 failed, 2 stored with");
      assertThat(rows(db, "SELECT count(*) FROM mentions")).isNotEqualTo(List.of("0"));

      String second =
          run(
              "watch",
              "--feeds",
              feeds.toString(),
              "--db",
              db.toString(),
              "--once",
              "--delay",
              "0s",
              "--cache",
              work.resolve("cache").toString(),
              "--threads",
              "1");

      assertThat(second).contains("2 feeds, 0 pages fetched, 0 skipped, 0 rejected");
      assertThat(site.hitsUnder("/2023/") + site.hitsUnder("/fr/") + site.hitsUnder("/copy/"))
          .isEqualTo(4);

      List<String> warcs;
      try (Stream<Path> files = Files.list(archive)) {
        warcs = files.map(Path::toString).sorted().toList();
      }
      Path again = work.resolve("again.duckdb");
      List<String> ingest = new ArrayList<>(List.of("ingest"));
      ingest.addAll(warcs);
      ingest.addAll(
          List.of(
              "--db",
              again.toString(),
              "--cache",
              work.resolve("cache").toString(),
              "--threads",
              "1",
              "--no-progress"));
      run(ingest.toArray(String[]::new));

      assertThat(snapshot(again)).isEqualTo(snapshot(db));
    }
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    assertThat(code).as(err.toString()).isZero();
    return err.toString();
  }

  private static List<String> rows(Path db, String sql) {
    return StoreRows.rows(new Store(db), sql);
  }

  /** Everything but run ids, timestamps and where a reject was read (a URL, a WARC record). */
  private static List<String> snapshot(Path db) {
    List<String> all = new ArrayList<>();
    for (String sql :
        List.of(
            "SELECT article_id, content_hash, url, source, published, title, sentences FROM articles"
                + " ORDER BY article_id",
            "SELECT * FROM mentions ORDER BY mention_id",
            "SELECT * FROM events ORDER BY event_seq",
            "SELECT * FROM actors ORDER BY name, code",
            "SELECT stage, reason FROM rejects ORDER BY reason")) {
      all.add(sql);
      all.addAll(rows(db, sql));
    }
    return all;
  }
}
