package org.khaldun.store;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.khaldun.model.Article;

/**
 * The texts a store already holds, read once at the start of an ingest so that stored articles are
 * skipped before any parsing. The text decides, not the id: an article whose id is stored with
 * another text is a new article (stored under a derived id, see {@link Admission}). Not
 * thread-safe.
 */
public final class KnownArticles implements Predicate<Article> {
  private final Set<String> hashes = new HashSet<>();

  private KnownArticles() {}

  public static KnownArticles of(Store store) {
    KnownArticles known = new KnownArticles();
    if (!store.exists()) {
      return known;
    }
    store.read(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT content_hash FROM articles")) {
            while (rs.next()) {
              known.hashes.add(rs.getString(1));
            }
          }
          return null;
        });
    return known;
  }

  /** True when the article is new (to be coded and stored). */
  @Override
  public boolean test(Article article) {
    return !hashes.contains(ContentHash.of(article));
  }

  /** Counts {@code article}'s text as stored from now on (for a process that stores as it goes). */
  public void add(Article article) {
    hashes.add(ContentHash.of(article));
  }

  public int size() {
    return hashes.size();
  }
}
