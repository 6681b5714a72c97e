package org.khaldun.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.testkit.Coding;

/** A store written by an older Khaldun opens, migrates, and takes new mentions into its events. */
final class SchemaMigrationIT {
  @TempDir Path dir;

  @Test
  void aStoreWithoutEventKeysGetsThemAndMergesAsANewOne() throws Exception {
    Path file = dir.resolve("old.duckdb");
    new StoreWriter(new Store(file), "run-1")
        .write(List.of(Coding.code(StoreWriterIT.PHONED)), List.of());
    // Back to schema 1, which had no event key on mentions (DuckDB drops no indexed table's
    // column).
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement()) {
      s.execute("DROP INDEX mentions_key");
      s.execute("DROP INDEX mentions_event");
      s.execute("DROP INDEX mentions_article");
      s.execute("ALTER TABLE mentions DROP COLUMN event_key");
      s.execute("CREATE INDEX mentions_event ON mentions (event_id)");
      s.execute("CREATE INDEX mentions_article ON mentions (article_id)");
      s.execute("DROP TABLE crawl_urls");
      s.execute("DROP TABLE crawl_feeds");
      s.execute("DELETE FROM schema_version WHERE version > 1");
    }

    Store store = new Store(file);
    new StoreWriter(store, "run-2").write(List.of(Coding.code(StoreWriterIT.RECEIVED)), List.of());

    assertThat(StoreWriterIT.rows(store, "SELECT max(version) FROM schema_version"))
        .containsExactly(String.valueOf(Store.SCHEMA_VERSION));
    assertThat(StoreWriterIT.rows(store, "SELECT DISTINCT event_key FROM mentions"))
        .containsExactly("04|IRN|SAU|u");
    assertThat(StoreWriterIT.rows(store, "SELECT num_mentions, num_articles FROM events"))
        .containsExactly("2|2");
  }

  @Test
  void aStoreOfSchemaTwoGainsTheWatchersTablesAndKeepsItsArticles() throws Exception {
    Path file = dir.resolve("two.duckdb");
    new StoreWriter(new Store(file), "run-1")
        .write(List.of(Coding.code(StoreWriterIT.PHONED)), List.of());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE crawl_urls");
      s.execute("DROP TABLE crawl_feeds");
      s.execute("DELETE FROM schema_version WHERE version > 2");
    }

    Store store = new Store(file);
    CrawlRecords records = CrawlRecords.of(store);
    records.markSeen(List.of("https://news.example/a"), "stored");
    records.validated("https://news.example/rss", new CrawlRecords.Validators("\"v1\"", null));

    assertThat(StoreWriterIT.rows(store, "SELECT max(version) FROM schema_version"))
        .containsExactly(String.valueOf(Store.SCHEMA_VERSION));
    assertThat(StoreWriterIT.rows(store, "SELECT count(*) FROM articles")).containsExactly("1");
    CrawlRecords reopened = CrawlRecords.of(new Store(file));
    assertThat(reopened.seen("https://news.example/a")).isTrue();
    assertThat(reopened.seen("https://news.example/b")).isFalse();
    assertThat(reopened.validators("https://news.example/rss"))
        .contains(new CrawlRecords.Validators("\"v1\"", null));
  }
}
