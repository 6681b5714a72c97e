package org.khaldun.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP answer as received: the body is the bytes on the wire (still gzip-encoded if the server
 * sent it so), not copied.
 *
 * @param url the URL requested
 * @param status the HTTP status code
 * @param headers the response headers, names lower-cased
 * @param body the body, empty for a 304 or a HEAD
 * @param fetchedAt when the answer arrived, to the second (as a WARC date keeps it)
 */
public record Response(
    URI url, int status, Map<String, List<String>> headers, byte[] body, Instant fetchedAt) {
  public Response {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    Map<String, List<String>> lower = new TreeMap<>();
    headers.forEach(
        (name, values) ->
            lower
                .computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new java.util.ArrayList<>())
                .addAll(values));
    lower.replaceAll((name, values) -> List.copyOf(values));
    headers = java.util.Collections.unmodifiableMap(lower);
  }

  /** The first value of a header, if present. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public boolean redirect() {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** The status code and its usual name, as a reason in messages: {@code HTTP 404 Not Found}. */
  public String statusLine() {
    String reason = reason(status);
    return "HTTP " + status + (reason.isEmpty() ? "" : " " + reason);
  }

  /** The usual reason phrase of a status (HTTP/2 and the JDK client do not pass the server's). */
  static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 203 -> "Non-Authoritative Information";
      case 204 -> "No Content";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 303 -> "See Other";
      case 304 -> "Not Modified";
      case 307 -> "Temporary Redirect";
      case 308 -> "Permanent Redirect";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 410 -> "Gone";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "";
    };
  }
}
