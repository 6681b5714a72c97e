package org.khaldun.crawl;

import java.util.Set;
import org.khaldun.model.Article;
import org.khaldun.model.Rejected;

/**
 * Where the pages go: coding and storing. Each call also marks {@code urls} seen in the {@link
 * CrawlState} in the same step, all or nothing, so a watch killed at any moment neither loses a
 * page (it is fetched again) nor stores one twice. Called from the watcher's thread.
 */
public interface Intake {
  /** What became of an article. */
  enum Outcome {
    STORED,
    /** an article with the same text is stored already: not coded again */
    DUPLICATE,
    /** the coder failed on it; kept as a reject */
    REJECTED
  }

  /**
   * What {@link #take} did.
   *
   * @param events event mentions coded and stored
   */
  record Taken(Outcome outcome, int events) {}

  /** Codes and stores {@code article} unless its text is stored already. */
  Taken take(Article article, Set<String> urls);

  /** Keeps a page that is no article to code (not English, an error page) with the reason. */
  void reject(Rejected rejected, Set<String> urls);
}
