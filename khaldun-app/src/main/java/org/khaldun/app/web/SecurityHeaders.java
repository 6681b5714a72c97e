package org.khaldun.app.web;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Headers on every response, answers and errors alike, so that a browser treats the UI and the API
 * as no more than they are: same-origin pages, scripts and JSON.
 */
final class SecurityHeaders {
  /**
   * The UI's policy. Scripts and styles come only from this server (no inline scripts, no eval),
   * the only image is the favicon written as a data: URI in index.html, and the UI fetches only its
   * own API. Styles need no 'unsafe-inline': the UI and ECharts set styles through the DOM
   * (element.style), which a policy does not govern, and the one style attribute ECharts writes
   * into its tooltips' HTML, the series marker, is replaced by a class in app.js. frame-ancestors
   * 'none' and X-Frame-Options (for older browsers) forbid framing, so no other site can overlay
   * the UI to steer clicks.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /**
   * Filters live in the URL; links go to outlets' sites, which need not learn what was searched.
   */
  private static final Map<String, String> HEADERS =
      Map.of(
          "Content-Security-Policy", CONTENT_SECURITY_POLICY,
          "X-Content-Type-Options", "nosniff",
          "X-Frame-Options", "DENY",
          "Referrer-Policy", "no-referrer");

  private SecurityHeaders() {}

  static void apply(BiConsumer<String, String> header) {
    HEADERS.forEach(header);
  }
}
