package org.khaldun.store;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.khaldun.model.Article;

/**
 * The articles a store already holds, by id and by text, read once at the start of an ingest so
 * that stored articles are skipped before any parsing. Not thread-safe.
 */
public final class KnownArticles implements Predicate<Article> {
  private final Set<String> ids = new HashSet<>();
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
              ResultSet rs = s.executeQuery("SELECT article_id, content_hash FROM articles")) {
            while (rs.next()) {
              known.ids.add(rs.getString(1));
              known.hashes.add(rs.getString(2));
            }
          }
          return null;
        });
    return known;
  }

  /** True when the article is new (to be coded and stored). */
  @Override
  public boolean test(Article article) {
    return !ids.contains(article.id()) && !hashes.contains(ContentHash.of(article));
  }

  public int size() {
    return ids.size();
  }
}
