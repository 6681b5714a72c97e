package org.khaldun.ingest.html;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.khaldun.InputException;
import org.khaldun.model.Article;
import org.khaldun.util.Sha256;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the web pages of a WARC file ({@code .warc} or {@code .warc.gz}, read with jwarc): every
 * {@code response} record with a successful (2xx) status whose HTTP body is HTML becomes an article
 * (or a reject naming the file, the record's number and why); other records (redirects, error
 * pages, feeds, robots.txt) are passed over. The article's URL is the record's {@code
 * WARC-Target-URI}, its id a hash of that URL in canonical form, so the same page captured twice
 * has one id. Not thread-safe per instance of reader; the class holds no state.
 */
public final class WarcArticles {
  /** Receives each page's article or the reason it is none. */
  public interface Pages {
    void article(Article article, int record);

    void reject(int record, String reason);
  }

  private WarcArticles() {}

  /**
   * Reads every HTML response of {@code file}.
   *
   * @param maxBytes a body larger than this is rejected as oversized
   * @param englishOnly true to reject pages in other languages
   * @throws InputException when the file is not a readable WARC at all
   */
  public static void read(Path file, int maxBytes, boolean englishOnly, Pages pages) {
    read(file.toString(), () -> new WarcReader(file), maxBytes, englishOnly, pages);
  }

  /**
   * Reads every HTML response of the WARC file {@code name} from {@code in} (gzipped or not), for
   * files another file system holds; {@code in} is closed when done.
   */
  public static void read(
      String name, InputStream in, int maxBytes, boolean englishOnly, Pages pages) {
    read(name, () -> new WarcReader(in), maxBytes, englishOnly, pages);
  }

  private interface Opener {
    WarcReader open() throws IOException;
  }

  private static void read(
      String name, Opener opener, int maxBytes, boolean englishOnly, Pages pages) {
    int number = 0;
    try (WarcReader reader = opener.open()) {
      reader.setLenient(true);
      Optional<WarcRecord> next;
      while ((next = reader.next()).isPresent()) {
        number++;
        if (!(next.get() instanceof WarcResponse response)) {
          continue;
        }
        try {
          Article article = page(name, number, response, maxBytes, englishOnly);
          if (article != null) {
            pages.article(article, number);
          }
        } catch (InputException e) {
          pages.reject(number, reasonOf(e));
        } catch (IOException | RuntimeException e) {
          pages.reject(number, "unreadable record: " + e.getMessage());
        }
      }
    } catch (IOException | RuntimeException e) {
      if (number == 0) {
        throw new InputException(name, 0, "not a readable WARC file: " + e.getMessage(), e);
      }
      pages.reject(number + 1, "unreadable WARC after record " + number + ": " + e.getMessage());
    }
  }

  /** The article of one response, or null when its body is not HTML. */
  private static Article page(
      String name, int number, WarcResponse response, int maxBytes, boolean englishOnly)
      throws IOException {
    if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
      return null;
    }
    HttpResponse http = response.http();
    if (http.status() < 200 || http.status() > 299) {
      // A redirect, an error page or a 304 is the server's answer, not the page: a crawl's archive
      // keeps them all, and reading one as an article would code "Page not found".
      return null;
    }
    MediaType type = http.contentType();
    String subtype = type.subtype().toLowerCase(Locale.ROOT);
    if (!type.type().equalsIgnoreCase("text") || !subtype.equals("html")) {
      if (!subtype.equals("xhtml+xml")) {
        return null;
      }
    }
    byte[] body;
    try (InputStream in = http.bodyDecoded().stream()) {
      body = in.readNBytes(maxBytes + 1);
    }
    if (body.length > maxBytes) {
      throw new InputException(name, number, "oversized: the page exceeds " + maxBytes + " bytes");
    }
    String url = response.target();
    LocalDate fetched = response.date().atOffset(ZoneOffset.UTC).toLocalDate();
    return HtmlArticles.read(
        name, number, idOf(url), body, type.parameters().get("charset"), url, fetched, englishOnly);
  }

  /** The first 16 hex digits of the SHA-256 of the canonical URL. */
  public static String idOf(String url) {
    return Sha256.hex(8, canonicalUrl(url));
  }

  /**
   * The URL as one page has it however it was linked: scheme and host lower-cased, default port,
   * fragment and {@code utm_} tracking parameters dropped, an empty path made {@code /}.
   */
  static String canonicalUrl(String url) {
    try {
      URI uri = new URI(url.strip());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return url.strip();
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      boolean defaultPort =
          port == -1
              || scheme.equals("http") && port == 80
              || scheme.equals("https") && port == 443;
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      String query = uri.getRawQuery();
      if (query != null) {
        StringBuilder kept = new StringBuilder();
        for (String part : query.split("&")) {
          if (!part.isEmpty() && !part.toLowerCase(Locale.ROOT).startsWith("utm_")) {
            kept.append(kept.length() > 0 ? "&" : "").append(part);
          }
        }
        query = kept.length() > 0 ? kept.toString() : null;
      }
      return scheme
          + "://"
          + uri.getHost().toLowerCase(Locale.ROOT)
          + (defaultPort ? "" : ":" + port)
          + path
          + (query == null ? "" : "?" + query);
    } catch (URISyntaxException e) {
      return url.strip();
    }
  }

  private static String reasonOf(InputException e) {
    String message = e.getMessage();
    String prefix = e.line() > 0 ? e.source() + ":" + e.line() + ": " : e.source() + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }
}
