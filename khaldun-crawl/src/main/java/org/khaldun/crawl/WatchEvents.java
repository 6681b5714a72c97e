package org.khaldun.crawl;

/**
 * Told how a watch advances, for a progress line and a log of rounds. Called from the watcher's
 * thread.
 */
public interface WatchEvents {
  WatchEvents NONE = new WatchEvents() {};

  /** A round begins. */
  default void roundStarted(int round) {}

  /** After each link: the round's counts so far. */
  default void progress(int round, CrawlCounts soFar) {}

  /**
   * A round ends.
   *
   * @param complete false when {@link Watcher#stop()} cut it short
   */
  default void roundFinished(int round, CrawlCounts counts, boolean complete) {}
}
