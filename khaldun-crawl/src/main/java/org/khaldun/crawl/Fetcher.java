package org.khaldun.crawl;

import java.net.URI;
import java.util.Map;

/** The fetching stage: one URL to one HTTP answer, retried and polite as its maker arranges. */
@FunctionalInterface
public interface Fetcher {
  /**
   * Fetches {@code url}. Every answer that is not worth retrying is returned, redirects, 304s and
   * 404s included: what they mean is the caller's business.
   *
   * @param headers request headers to add (conditional GET validators)
   * @param maxBytes a longer body is an error
   * @throws CrawlException when no usable answer came (after retries: {@link
   *     CrawlException#retryable()}), or the body was too large (not retryable)
   */
  Response fetch(URI url, Map<String, String> headers, int maxBytes);
}
