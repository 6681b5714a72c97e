package org.khaldun.ingest;

import java.util.HashMap;
import java.util.Map;
import org.khaldun.model.Article;
import org.khaldun.model.Notice;
import org.khaldun.model.Rejected;
import org.khaldun.util.Sha256;

/**
 * Gives every article of a run its own id. Ids come from file names, so two folders' {@code
 * story.txt} share one: the same text read twice is skipped with a notice, and different text under
 * a taken id is read under a derived id, {@code ID~HASH} with a hash of its text, which a rerun
 * derives again.
 */
public final class UniqueIds {
  private final ArticleSink sink;

  /** Text hash by id, and where the id was first read. */
  private final Map<String, Seen> seen = new HashMap<>();

  private record Seen(String textHash, String source, int line) {}

  UniqueIds(ArticleSink sink) {
    this.sink = sink;
  }

  /** The id an article with other text than the stored or read one under {@code id} takes. */
  public static String derivedId(String id, String text) {
    return id + "~" + textHash(text);
  }

  private static String textHash(String text) {
    return Sha256.hex(4, text);
  }

  void accept(Article article, String source, int line) {
    String hash = textHash(article.text());
    Seen first = seen.get(article.id());
    if (first == null) {
      seen.put(article.id(), new Seen(hash, source, line));
      sink.accept(article, source, line);
      return;
    }
    if (first.textHash().equals(hash)) {
      duplicate(article.id(), source, line, first);
      return;
    }
    String derived = derivedId(article.id(), article.text());
    Seen derivedFirst = seen.get(derived);
    if (derivedFirst != null) {
      duplicate(derived, source, line, derivedFirst);
      return;
    }
    seen.put(derived, new Seen(hash, source, line));
    sink.note(
        new Notice(
            source,
            line,
            derived,
            "renamed",
            "article id "
                + article.id()
                + " was already read with other text from "
                + where(first)
                + "; this one is read as "
                + derived));
    sink.accept(article.withId(derived), source, line);
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
