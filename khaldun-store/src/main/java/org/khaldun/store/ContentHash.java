package org.khaldun.store;

import org.khaldun.model.Article;
import org.khaldun.util.Sha256;

/** The SHA-256 of an article's text: the same text under another id is the same article. */
final class ContentHash {
  private ContentHash() {}

  static String of(Article article) {
    return Sha256.hex(32, article.text());
  }
}
