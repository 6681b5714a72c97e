package org.khaldun.crawl;

import org.khaldun.KhaldunException;

/**
 * A feed or page that could not be had: names the URL and why. {@link #retryable()} tells a passing
 * failure (a timeout, a 503, a refused connection), worth another try in a later round, from one
 * that will not mend (an oversized page, a malformed feed).
 */
public final class CrawlException extends KhaldunException {
  private static final long serialVersionUID = 1L;
  private final String url;
  private final boolean retryable;

  public CrawlException(String url, String reason, boolean retryable) {
    super(url + ": " + reason);
    this.url = url;
    this.retryable = retryable;
  }

  public CrawlException(String url, String reason, boolean retryable, Throwable cause) {
    super(url + ": " + reason, cause);
    this.url = url;
    this.retryable = retryable;
  }

  public String url() {
    return url;
  }

  public boolean retryable() {
    return retryable;
  }

  /** The reason alone, without the URL in front. */
  public String reason() {
    String message = getMessage();
    return message.startsWith(url + ": ") ? message.substring(url.length() + 2) : message;
  }
}
