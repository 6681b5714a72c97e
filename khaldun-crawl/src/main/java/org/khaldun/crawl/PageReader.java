package org.khaldun.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.khaldun.InputException;
import org.khaldun.ingest.html.HtmlArticles;
import org.khaldun.ingest.html.WarcArticles;
import org.khaldun.model.Article;
import org.netpreserve.jwarc.MediaType;

/**
 * Turns a fetched page into an article exactly as reading it back from the watch's WARC archive
 * does ({@link WarcArticles}): the same URL (the one fetched), id (a hash of that URL), charset
 * (the {@code Content-Type} header's), capture date (the answer's, in UTC) and extraction ({@link
 * HtmlArticles}). Also reads the page's {@code <link rel="canonical">}, which says under which
 * address the watcher may already know it. Thread-safe (no state).
 */
final class PageReader {
  private PageReader() {}

  /**
   * A page's article and canonical link.
   *
   * @param canonical the canonical form of the page's canonical link, or null
   */
  record Page(Article article, String canonical) {}

  /**
   * Reads a 2xx answer.
   *
   * @throws InputException naming the URL when the page is no English article, or no web page
   */
  static Page read(Response response, int maxBytes) {
    String url = response.url().toString();
    String contentType = response.header("content-type").orElse("");
    MediaType type;
    try {
      type = MediaType.parse(contentType.isBlank() ? "application/octet-stream" : contentType);
    } catch (IllegalArgumentException e) {
      throw new InputException(url, 0, "not a web page: content type '" + contentType + "'");
    }
    String subtype = type.subtype().toLowerCase(Locale.ROOT);
    boolean html = type.type().equalsIgnoreCase("text") && subtype.equals("html");
    if (!html && !subtype.equals("xhtml+xml")) {
      throw new InputException(url, 0, "not a web page: content type '" + contentType + "'");
    }
    byte[] body = decoded(response, maxBytes);
    String charset = type.parameters().get("charset");
    Article article =
        HtmlArticles.read(
            url,
            0,
            WarcArticles.idOf(url),
            body,
            charset,
            url,
            response.fetchedAt().atOffset(ZoneOffset.UTC).toLocalDate(),
            true);
    return new Page(article, canonicalLink(body, charset, url));
  }

  private static byte[] decoded(Response response, int maxBytes) {
    String encoding = response.header("content-encoding").orElse("identity").strip();
    String url = response.url().toString();
    if (encoding.equalsIgnoreCase("identity") || encoding.isEmpty()) {
      return response.body();
    }
    if (!encoding.equalsIgnoreCase("gzip") && !encoding.equalsIgnoreCase("x-gzip")) {
      throw new InputException(url, 0, "unreadable: content encoding '" + encoding + "'");
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
      byte[] body = in.readNBytes(maxBytes + 1);
      if (body.length > maxBytes) {
        throw new InputException(url, 0, "oversized: the page exceeds " + maxBytes + " bytes");
      }
      return body;
    } catch (IOException e) {
      throw new InputException(url, 0, "unreadable: a broken gzip body: " + e.getMessage(), e);
    }
  }

  private static String canonicalLink(byte[] body, String charset, String url) {
    try {
      Element link =
          Jsoup.parse(new ByteArrayInputStream(body), charset, url)
              .selectFirst("link[rel=canonical][href]");
      return link == null ? null : Urls.canonical(url, link.attr("href"));
    } catch (IOException | IllegalArgumentException e) {
      return null; // extraction has read the page already; a link it lacks is no reason to stop
    }
  }
}
