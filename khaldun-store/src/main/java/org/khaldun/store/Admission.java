package org.khaldun.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.khaldun.dedup.ArticleIds;
import org.khaldun.model.Article;

/**
 * Whether a coded article is new to the store, and under which id. The text decides: a text already
 * stored (under any id) is the same article and is skipped; another text is a new article, stored
 * under its given id or, when that id names another text, under {@link ArticleIds#derived}. Both
 * rules depend on the stored texts only, so a re-run decides the same. Stateless.
 *
 * @param storeAs the id to store the article under, or null to skip it
 * @param sameTextAs when skipped, the id the same text is stored under
 * @param sameRun when skipped, whether this very run stored it (a repeat within the input)
 */
record Admission(String storeAs, String sameTextAs, boolean sameRun) {
  boolean skipped() {
    return storeAs == null;
  }

  boolean renamed(Article article) {
    return storeAs != null && !storeAs.equals(article.id());
  }

  static Admission of(Statements statements, Article article, String hash, String runId)
      throws SQLException {
    // One query, each half by its own index: the article with this text, the one with this id.
    PreparedStatement known =
        statements.get(
            "SELECT article_id, run_id, content_hash FROM articles WHERE content_hash = ?"
                + " UNION ALL SELECT article_id, run_id, content_hash FROM articles WHERE article_id = ?");
    known.setString(1, hash);
    known.setString(2, article.id());
    boolean idTaken = false;
    try (ResultSet rs = known.executeQuery()) {
      while (rs.next()) {
        if (hash.equals(rs.getString(3))) {
          return new Admission(null, rs.getString(1), runId.equals(rs.getString(2)));
        }
        idTaken = true;
      }
    }
    if (!idTaken) {
      return new Admission(article.id(), null, false);
    }
    for (String id :
        new String[] {
          ArticleIds.derived(article.id(), article.text()),
          ArticleIds.derivedInFull(article.id(), article.text())
        }) {
      if (!taken(statements, id)) {
        return new Admission(id, null, false);
      }
    }
    // Only ids chosen to collide with the hashes of other texts get here.
    String full = ArticleIds.derivedInFull(article.id(), article.text());
    for (int n = 2; ; n++) {
      if (!taken(statements, full + ArticleIds.SEPARATOR + n)) {
        return new Admission(full + ArticleIds.SEPARATOR + n, null, false);
      }
    }
  }

  private static boolean taken(Statements statements, String id) throws SQLException {
    PreparedStatement taken = statements.get("SELECT 1 FROM articles WHERE article_id = ?");
    taken.setString(1, id);
    try (ResultSet rs = taken.executeQuery()) {
      return rs.next();
    }
  }
}
