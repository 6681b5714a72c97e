package org.khaldun.ingest.html;

import java.nio.charset.StandardCharsets;

/** Synthetic web pages written for these tests: an article among the usual page furniture. */
final class Pages {
  private Pages() {}

  static final String PARAGRAPH_1 =
      "The foreign ministers of Norway and Chile met in Oslo on Tuesday to discuss fishing rights,"
          + " a dispute that has simmered for years between the two coastal states.";
  static final String PARAGRAPH_2 =
      "Officials said the talks were frank and useful, and that a joint commission would meet again"
          + " in the spring to settle the remaining questions about quotas and inspections.";
  static final String PARAGRAPH_3 =
      "Neither side gave details of the proposals, but a spokesperson for the ministry said both"
          + " delegations had agreed to keep the negotiations going through the winter.";

  /** A news page with menus, share bar, cookie banner, caption, related links and comments. */
  static String article(String head, String extraBody) {
    return "<!doctype html><html lang=en><head><title>Norway and Chile talk fish | Daily Example</title>"
        + head
        + "</head><body>"
        + "<div class=cookie-banner>We use cookies to improve your experience. Accept all cookies"
        + " or manage your settings before you continue to read the site.</div>"
        + "<header class=site-header><a href=/>Daily Example</a><ul class=menu><li><a href=/w>World</a>"
        + "<li><a href=/p>Politics</a><li><a href=/s>Sport</a></ul></header>"
        + "<div class=layout><main><article>"
        + "<h1>Norway and Chile talk fish</h1>"
        + "<div class=share-bar><a href=#>Share on Facebook</a> <a href=#>Share on X</a></div>"
        + "<figure><img src=a.jpg><figcaption>The two ministers shook hands before the meeting in"
        + " the capital.</figcaption></figure>"
        + "<div class=article-body><p>"
        + PARAGRAPH_1
        + "</p><p>"
        + PARAGRAPH_2
        + "</p><div class=ad-slot>Advertisement</div><p>"
        + PARAGRAPH_3
        + "</p></div>"
        + "<div class=related-stories><h3>Related</h3><ul><li><a href=/1>Fishing fleets return to"
        + " port after the storm season ends in the north</a><li><a href=/2>Quotas cut for a third"
        + " year running as stocks decline further</a></ul></div>"
        + extraBody
        + "</article>"
        + "<section class=comments><h3>Comments</h3><p>I have been saying for years that these"
        + " talks go nowhere, and nobody listens to the fishermen who know the sea best.</p>"
        + "<p>Great article, thanks for the reporting, very informative and clear as always.</p>"
        + "</section></main><aside class=sidebar><p>Most read: a long list of other stories that"
        + " are not this article, with links and teasers and all sorts of things.</p></aside></div>"
        + "<footer><p>Copyright Daily Example. All rights reserved. Terms, privacy and contact"
        + " details for readers and advertisers.</p></footer></body></html>";
  }

  static byte[] bytes(String html) {
    return html.getBytes(StandardCharsets.UTF_8);
  }
}
