package org.khaldun.crawl;

import java.io.Closeable;

/** Keeps every answer the watcher receives. Called from the watcher's thread. */
public interface Archive extends Closeable {
  /** An archive that keeps nothing. */
  Archive NONE =
      new Archive() {
        @Override
        public void write(Response response) {}

        @Override
        public void close() {}
      };

  /**
   * Keeps one answer.
   *
   * @throws CrawlException when it cannot be written (the watch stops: an archive with holes would
   *     not re-code the run)
   */
  void write(Response response);

  @Override
  void close();
}
