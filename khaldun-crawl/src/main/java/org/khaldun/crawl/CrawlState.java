package org.khaldun.crawl;

import java.util.Collection;
import java.util.Optional;

/**
 * What the watcher remembers across rounds and restarts: the URLs it is done with and each feed's
 * validators. The event store keeps them beside the articles; tests keep them in memory.
 * Implementations need not be thread-safe: the watcher calls from one thread.
 */
public interface CrawlState {
  /** Whether the watcher is done with {@code url} (a canonical URL, see {@link Urls}). */
  boolean seen(String url);

  /**
   * Marks {@code urls} done although no article came of them (a copy of a page already stored,
   * under its canonical link).
   */
  void markSeen(Collection<String> urls, String outcome);

  /** The validators of the feed's last answer that was fully read, if any. */
  Optional<FeedValidators> validators(String feed);

  /** Remembers the validators of a feed whose every link was dealt with. */
  void validated(String feed, FeedValidators validators);
}
