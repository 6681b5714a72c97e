package org.khaldun.ingest;

import org.khaldun.model.Article;
import org.khaldun.model.Rejected;

/** Receives what ingest reads: articles, and records it had to reject (the batch goes on). */
public interface ArticleSink {
  void accept(Article article);

  void reject(Rejected rejected);
}
