package org.khaldun.crawl;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the article links of an RSS or Atom feed with Rome. Links are made absolute against the
 * feed's URL and canonical ({@link Urls}), in feed order, each once. Thread-safe (no state).
 */
public final class Feeds {
  private Feeds() {}

  /**
   * The links of the feed at {@code url} whose bytes are {@code body}.
   *
   * @throws CrawlException (not retryable) when the body is no RSS or Atom feed
   */
  public static List<String> links(String url, byte[] body) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false); // no external entities from a stranger's XML
      feed = input.build(new XmlReader(new ByteArrayInputStream(body)));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new CrawlException(url, "malformed feed: " + message(e), false, e);
    }
    List<String> links = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      String link = entry.getLink();
      if (link == null && entry.getUri() != null && entry.getUri().startsWith("http")) {
        link = entry.getUri(); // an RSS guid that is a permalink
      }
      String canonical = Urls.canonical(url, link);
      if (canonical != null && !links.contains(canonical)) {
        links.add(canonical);
      }
    }
    return links;
  }

  private static String message(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.toString() : root.getMessage();
    return message.strip();
  }
}
