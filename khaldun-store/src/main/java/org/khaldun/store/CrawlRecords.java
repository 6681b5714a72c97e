package org.khaldun.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.khaldun.model.Rejected;
import org.khaldun.pipeline.Stages;

/**
 * What the feed watcher remembers in the store, so a restart neither fetches a page again nor
 * forgets a feed's version: the URLs it is done with ({@code crawl_urls}: stored, rejected, or a
 * copy of a stored page) and each feed's validators ({@code crawl_feeds}). Read once when the watch
 * starts and kept in memory (about 200 bytes a URL); each write is one transaction, and the URLs of
 * an article are written in the article's own transaction ({@link #write}). Not thread-safe: one
 * watcher per store.
 */
public final class CrawlRecords {
  /** A feed's {@code ETag} and {@code Last-Modified}, either may be null. */
  public record Validators(String etag, String lastModified) {}

  private final Store store;
  private final Set<String> urls = new HashSet<>();
  private final Map<String, Validators> feeds = new HashMap<>();

  private CrawlRecords(Store store) {
    this.store = store;
  }

  /** Reads what the store remembers (nothing when it does not exist yet). */
  public static CrawlRecords of(Store store) {
    CrawlRecords records = new CrawlRecords(store);
    if (!store.exists()) {
      return records;
    }
    store.read(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT url FROM crawl_urls")) {
            while (rs.next()) {
              records.urls.add(rs.getString(1));
            }
          }
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery("SELECT feed_url, etag, last_modified FROM crawl_feeds")) {
            while (rs.next()) {
              records.feeds.put(rs.getString(1), new Validators(rs.getString(2), rs.getString(3)));
            }
          }
          return null;
        });
    return records;
  }

  public boolean seen(String url) {
    return urls.contains(url);
  }

  public Optional<Validators> validators(String feed) {
    return Optional.ofNullable(feeds.get(feed));
  }

  /**
   * Writes a batch with {@code writer} and marks {@code seen} in the same transaction.
   *
   * @param outcome what became of the URLs ({@code stored}, {@code rejected}, ...)
   * @param articleId the article they gave, or null
   */
  public StoreWriter.BatchResult write(
      StoreWriter writer,
      List<Stages.Result> results,
      List<Rejected> rejects,
      Collection<String> seen,
      String outcome,
      String articleId) {
    StoreWriter.BatchResult result =
        writer.write(results, rejects, c -> insert(c, seen, outcome, articleId));
    urls.addAll(seen);
    return result;
  }

  /** Marks {@code seen} done, in a transaction of its own. */
  public void markSeen(Collection<String> seen, String outcome) {
    store.write(c -> insert(c, seen, outcome, null));
    urls.addAll(seen);
  }

  /** Remembers a feed's validators. */
  public void validated(String feed, Validators validators) {
    store.write(
        c -> {
          try (PreparedStatement upsert =
              c.prepareStatement(
                  "INSERT INTO crawl_feeds VALUES (?, ?, ?, now()) ON CONFLICT (feed_url) DO UPDATE"
                      + " SET etag = excluded.etag, last_modified = excluded.last_modified,"
                      + " checked_at = excluded.checked_at")) {
            upsert.setString(1, feed);
            upsert.setString(2, validators.etag());
            upsert.setString(3, validators.lastModified());
            upsert.executeUpdate();
          }
          return null;
        });
    feeds.put(feed, validators);
  }

  private static Void insert(
      Connection c, Collection<String> seen, String outcome, String articleId) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO crawl_urls VALUES (?, ?, ?, now()) ON CONFLICT DO NOTHING")) {
      for (String url : seen) {
        insert.setString(1, url);
        insert.setString(2, outcome);
        insert.setString(3, articleId);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return null;
  }
}
