package org.khaldun.dedup;

import org.khaldun.util.Sha256;

/**
 * Ids for an article whose given id already names another text ({@code story.txt} in two folders):
 * it is another article, so it keeps its given id with a short hash of its text appended. The id
 * depends on the text alone, so reading the same input again derives the same id. Stateless.
 */
public final class ArticleIds {
  /** Separates the given id from the hash of the text. */
  public static final String SEPARATOR = "~";

  private ArticleIds() {}

  /** {@code story~1a2b3c4d}: the given id and the first four bytes of the text's SHA-256. */
  public static String derived(String givenId, String text) {
    return givenId + SEPARATOR + Sha256.hex(4, text);
  }

  /** The unlikely fallback when {@link #derived} is taken too: the whole SHA-256 of the text. */
  public static String derivedInFull(String givenId, String text) {
    return givenId + SEPARATOR + Sha256.hex(32, text);
  }
}
