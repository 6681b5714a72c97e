package org.khaldun.ingest;

import org.khaldun.model.Article;
import org.khaldun.model.Rejected;

/** Receives what ingest reads: articles, and records it had to reject (the batch goes on). */
public interface ArticleSink {
  /**
   * An article read from {@code source} (a file, or {@code -}) at {@code line} (0 for a whole
   * file), so that later stages can reject it where it came from.
   */
  void accept(Article article, String source, int line);

  void reject(Rejected rejected);

  /** Something left aside or renamed on the way, with nothing lost. */
  default void note(org.khaldun.model.Notice notice) {}
}
