package org.khaldun.ingest;

import org.khaldun.model.Article;

/**
 * One article record given as a JSON object, read by exactly the rules of a JSON-lines file (the
 * same fields, defaults and reasons for rejecting), for readers that get records from elsewhere,
 * such as the rows of a Parquet file. Thread-safe.
 */
public final class ArticleRecords {
  private ArticleRecords() {}

  /**
   * The article in {@code json}, or an {@link org.khaldun.InputException} naming {@code source} and
   * {@code line} with the reason a JSON line would be rejected for.
   */
  public static Article fromJson(String source, int line, String json) {
    return JsonArticleParser.parse(source, line, json);
  }
}
