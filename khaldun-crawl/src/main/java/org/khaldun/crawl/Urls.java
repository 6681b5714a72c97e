package org.khaldun.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * URLs in the one form the watcher remembers them by, so a story linked with tracking parameters,
 * an upper-case host or a fragment is known for the page it is. Thread-safe (no state).
 */
public final class Urls {
  /**
   * Query parameters that only say who sent the reader (besides every {@code utm_} one): they never
   * change the page.
   */
  private static final Set<String> TRACKING =
      Set.of(
          "fbclid",
          "gclid",
          "dclid",
          "gbraid",
          "wbraid",
          "msclkid",
          "yclid",
          "twclid",
          "igshid",
          "mc_cid",
          "mc_eid",
          "_ga",
          "_gl",
          "mkt_tok",
          "oly_anon_id",
          "oly_enc_id",
          "rb_clickid",
          "s_cid",
          "vero_id",
          "wickedid",
          "ncid",
          "cmpid",
          "ito",
          "at_medium",
          "at_campaign",
          "__twitter_impression");

  private Urls() {}

  /**
   * The canonical form of {@code link} read relative to {@code base}: scheme and host lower-cased,
   * the default port, the fragment and tracking parameters dropped, an empty path made {@code /};
   * or null when it is no http(s) URL.
   *
   * @param base the page or feed the link appeared in, or null for an absolute link
   */
  public static String canonical(String base, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(link.strip().replace(" ", "%20"));
      if (base != null) {
        uri = new URI(base).resolve(uri);
      }
      String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
        return null;
      }
      int port = uri.getPort();
      boolean defaultPort =
          port == -1
              || scheme.equals("http") && port == 80
              || scheme.equals("https") && port == 443;
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      String query = keptQuery(uri.getRawQuery());
      return scheme
          + "://"
          + uri.getHost().toLowerCase(Locale.ROOT)
          + (defaultPort ? "" : ":" + port)
          + path
          + (query == null ? "" : "?" + query);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** As {@link #canonical(String, String)} for an absolute URL. */
  public static String canonical(String url) {
    return canonical(null, url);
  }

  private static String keptQuery(String query) {
    if (query == null) {
      return null;
    }
    StringBuilder kept = new StringBuilder();
    for (String part : query.split("&")) {
      String name = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
      name = name.toLowerCase(Locale.ROOT);
      if (!part.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
        kept.append(kept.length() > 0 ? "&" : "").append(part);
      }
    }
    return kept.length() > 0 ? kept.toString() : null;
  }

  /** The origin robots.txt rules and the politeness delay belong to: scheme, host and port. */
  public static String origin(URI url) {
    int port = url.getPort();
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    if (port == -1) {
      port = scheme.equals("https") ? 443 : 80;
    }
    return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }
}
