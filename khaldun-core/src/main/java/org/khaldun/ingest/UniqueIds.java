package org.khaldun.ingest;

import java.util.HashMap;
import java.util.Map;
import org.khaldun.dedup.ArticleIds;
import org.khaldun.model.Article;
import org.khaldun.model.Notice;
import org.khaldun.model.Rejected;
import org.khaldun.util.Sha256;

/**
 * Gives every article of a run its own id. Ids come from file names, so two folders' {@code
 * story.txt} share one: the same text read twice is skipped with a notice, and different text under
 * a taken id is read under a derived id, {@code ID~HASH} with a hash of its text, which a rerun
 * derives again. Records are decided in the order they are given; not thread-safe.
 */
public final class UniqueIds {
  private final ArticleSink sink;
  private final boolean unique;

  /** Text hash by id, and where the id was first read. */
  private final Map<String, Seen> seen = new HashMap<>();

  private record Seen(String textHash, String source, int line) {}

  /** Makes ids unique and passes the articles, and what it noted, on to {@code sink}. */
  public UniqueIds(ArticleSink sink) {
    this(sink, true);
  }

  private UniqueIds(ArticleSink sink, boolean unique) {
    this.sink = sink;
    this.unique = unique;
  }

  /** Passes every article on under the id it was read with: for a reader of a single file. */
  static UniqueIds keepingIds(ArticleSink sink) {
    return new UniqueIds(sink, false);
  }

  /** The hash {@link #idFor} takes: the SHA-256 of the text, in hex. */
  public static String textDigest(String text) {
    return Sha256.hex(32, text);
  }

  void accept(Article article, String source, int line) {
    if (!unique) {
      sink.accept(article, source, line);
      return;
    }
    String id = idFor(article.id(), textDigest(article.text()), source, line);
    if (id != null) {
      sink.accept(id.equals(article.id()) ? article : article.withId(id), source, line);
    }
  }

  /**
   * The id under which the article read at {@code source:line} with {@code id} and a text whose
   * {@link #textDigest} is {@code digest} is read, or null when it is skipped as read before; the
   * notice goes to the sink. For readers that hold the text elsewhere (a cluster's executors): the
   * decision is the one {@link Ingest#read} makes for the article itself.
   */
  public String idFor(String id, String digest, String source, int line) {
    // The first four bytes, as ArticleIds.derived takes them from the same digest.
    String hash = digest.substring(0, 8);
    Seen first = seen.get(id);
    if (first == null) {
      seen.put(id, new Seen(hash, source, line));
      return id;
    }
    if (first.textHash().equals(hash)) {
      duplicate(id, source, line, first);
      return null;
    }
    // The store derives ids by the same rule, so a rerun split over two ingests agrees with this.
    String derived = id + ArticleIds.SEPARATOR + hash;
    Seen derivedFirst = seen.get(derived);
    if (derivedFirst != null) {
      duplicate(derived, source, line, derivedFirst);
      return null;
    }
    seen.put(derived, new Seen(hash, source, line));
    sink.note(
        new Notice(
            source,
            line,
            derived,
            "renamed",
            "article id "
                + id
                + " was already read with other text from "
                + where(first)
                + "; this one is read as "
                + derived));
    return derived;
  }

  private void duplicate(String id, String source, int line, Seen first) {
    sink.note(
        new Notice(
            source,
            line,
            id,
            "duplicate",
            "skipped: the same article (id " + id + ", same text) was read from " + where(first)));
  }

  private static String where(Seen seen) {
    return seen.line() > 0 ? seen.source() + ":" + seen.line() : seen.source();
  }

  /** A record that never became an article: ingest's own rejection. */
  void reject(String source, int line, String reason) {
    sink.reject(new Rejected(source, line, null, "ingest", reason));
  }

  /** A file that is not an article by its type, left aside. */
  void skip(String source, String reason) {
    sink.note(new Notice(source, 0, null, "skipped", reason));
  }
}
