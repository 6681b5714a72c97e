package org.khaldun.crawl;

/**
 * What a feed's last answer said about its version, sent back as {@code If-None-Match} and {@code
 * If-Modified-Since} so an unchanged feed answers 304 with no body.
 *
 * @param etag the {@code ETag} header, or null
 * @param lastModified the {@code Last-Modified} header, or null
 */
public record FeedValidators(String etag, String lastModified) {
  public static final FeedValidators NONE = new FeedValidators(null, null);

  static FeedValidators of(Response response) {
    return new FeedValidators(
        response.header("etag").orElse(null), response.header("last-modified").orElse(null));
  }

  public boolean isEmpty() {
    return etag == null && lastModified == null;
  }
}
