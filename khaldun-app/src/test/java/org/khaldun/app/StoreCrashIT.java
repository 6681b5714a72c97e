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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.store.Store;
import org.khaldun.store.StoreRows;
import org.khaldun.testkit.ChildJvm;
import org.khaldun.testkit.SyntheticCorpus;

/**
 * A real {@code khaldun ingest} process killed with SIGKILL mid-way and run again leaves exactly
 * what one clean run leaves; and the store stays readable while an ingest writes.
 */
final class StoreCrashIT {
  private static final int ARTICLES = 300;

  @TempDir static Path work;
  static Path articles;
  static Path cache;

  @BeforeAll
  static void corpus() throws IOException {
    articles = work.resolve("articles.jsonl");
    cache = work.resolve("cache");
    SyntheticCorpus.write(articles, cache, ARTICLES);
  }

  private static Process ingest(Path db, String log) throws IOException {
    return ChildJvm.start(
        work.resolve(log),
        Main.class.getName(),
        "ingest",
        articles.toString(),
        "--db",
        db.toString(),
        "--cache",
        cache.toString(),
        "--recode",
        "--threads",
        "1",
        "--batch",
        "3",
        "--no-progress");
  }

  private static void finish(Process process, String log) throws Exception {
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("ingest finished").isTrue();
    assertThat(process.exitValue())
        .as(Files.readString(work.resolve(log), StandardCharsets.UTF_8))
        .isZero();
  }

  private static long articlesIn(Path db) {
    return articlesIn(new Store(db));
  }

  private static long articlesIn(Store store) {
    return store.read(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT count(*) FROM articles")) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  @Test
  void killedIngestRunAgainEqualsOneCleanRun() throws Exception {
    Path clean = work.resolve("clean.duckdb");
    long started = System.nanoTime();
    finish(ingest(clean, "clean.log"), "clean.log");
    long cleanMillis = (System.nanoTime() - started) / 1_000_000;
    assertThat(articlesIn(clean)).isEqualTo(ARTICLES);

    Path crashed = null;
    long stored = 0;
    // Kill somewhere in the middle; the first attempt lands there almost always, but a noisy
    // machine may need the delay adjusted.
    for (double fraction : new double[] {0.5, 0.35, 0.65, 0.25, 0.8}) {
      crashed = work.resolve("crashed-" + fraction + ".duckdb");
      Process process = ingest(crashed, "killed.log");
      Thread.sleep((long) (cleanMillis * fraction));
      process.destroyForcibly(); // SIGKILL: no shutdown hooks, no chance to tidy up
      process.waitFor(30, TimeUnit.SECONDS);
      stored = Files.exists(crashed) ? articlesIn(crashed) : 0;
      if (stored > 0 && stored < ARTICLES) {
        break;
      }
    }
    assertThat(stored)
        .as("the kill landed in the middle of the ingest")
        .isBetween(1L, (long) ARTICLES - 1);

    finish(ingest(crashed, "rerun.log"), "rerun.log");

    assertThat(snapshot(crashed)).isEqualTo(snapshot(clean));
    assertThat(Files.readString(work.resolve("rerun.log"), StandardCharsets.UTF_8))
        .contains(stored + " already stored and skipped");
  }

  @Test
  void theStoreCanBeReadWhileAnIngestWrites() throws Exception {
    Path db = work.resolve("busy.duckdb");
    Process process = ingest(db, "busy.log");
    Store reader = new Store(db); // one long-lived reader, as the server is
    List<Long> seen = new ArrayList<>();
    while (process.isAlive()) {
      if (Files.exists(db)) {
        seen.add(articlesIn(reader)); // would throw if the store could not be read
      }
      Thread.sleep(50);
    }
    finish(process, "busy.log");
    assertThat(seen).as("reads during the ingest").isNotEmpty();
    assertThat(seen.stream().filter(n -> n > 0 && n < ARTICLES))
        .as("reads that saw a partial store: %s", seen)
        .isNotEmpty();
    assertThat(articlesIn(db)).isEqualTo(ARTICLES);
  }

  /** Everything but run ids and timestamps. */
  private static List<String> snapshot(Path db) {
    Store store = new Store(db);
    List<String> rows = new ArrayList<>();
    for (String sql :
        List.of(
            "SELECT article_id, content_hash, published, sentences FROM articles ORDER BY article_id",
            "SELECT * FROM mentions ORDER BY mention_id",
            "SELECT * FROM events ORDER BY event_seq",
            "SELECT * FROM actors ORDER BY name, code")) {
      rows.addAll(StoreRows.rows(store, sql));
    }
    return rows;
  }
}
