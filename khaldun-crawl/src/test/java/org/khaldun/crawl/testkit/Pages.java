package org.khaldun.crawl.testkit;

import java.util.List;
import java.util.Locale;

/**
 * Synthetic news pages and feeds written for these tests: short, news-like, each story's text its
 * own. Nothing here is copied from a real article.
 */
public final class Pages {
  private static final String[] TOWNS = {
    "Harwick",
    "Lindenfeld",
    "Port Amara",
    "Kessel Bay",
    "Ostmoor",
    "Valdera",
    "Brennick",
    "Suncliff",
    "Marrow Vale",
    "Estford",
    "Quellin",
    "Tarnbridge"
  };

  private Pages() {}

  /** An English story about a council decision in a made-up town; {@code n} makes it unique. */
  public static String story(int n) {
    String town = TOWNS[n % TOWNS.length];
    return String.format(
        Locale.ROOT,
        "The town council of %s voted on Tuesday to rebuild the old river bridge, a project that"
            + " residents have asked for since the floods of last spring. The mayor said the work"
            + " would begin in the autumn and cost about %d million, shared between the town and"
            + " the regional government.%n%nCouncillors who opposed the plan said the money would"
            + " be better spent on schools and the bus service. The vote passed by %d to %d after"
            + " a debate that lasted most of the evening, and the first contracts will be signed"
            + " next month.",
        town,
        10 + n,
        12 + n % 5,
        3 + n % 4);
  }

  /** A French story, for the language check; never coded. */
  public static String frenchStory() {
    return "Le conseil municipal a voté mardi la reconstruction du vieux pont sur la rivière, un"
        + " projet que les habitants réclament depuis les inondations du printemps dernier. Le"
        + " maire a déclaré que les travaux commenceraient à l'automne et coûteraient environ"
        + " douze millions, partagés entre la commune et la région.\n\nLes conseillers opposés"
        + " au projet ont estimé que cet argent serait mieux dépensé pour les écoles et les"
        + " transports. Le vote a été acquis après un débat qui a duré presque toute la soirée.";
  }

  /**
   * A news page around {@code text} (blank lines part paragraphs), dated, with a canonical link.
   */
  public static String page(String headline, String date, String text, String canonical) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(headline)
        .append(" | Loopback News</title>");
    html.append("<meta property=\"article:published_time\" content=\"")
        .append(date)
        .append("T09:00:00Z\">");
    if (canonical != null) {
      html.append("<link rel=\"canonical\" href=\"").append(canonical).append("\">");
    }
    html.append("</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>");
    html.append("<article><h1>").append(headline).append("</h1>");
    for (String paragraph : text.split("\\R\\s*\\R")) {
      html.append("<p>").append(paragraph.strip()).append("</p>");
    }
    html.append("</article><footer>Loopback News, all rights reserved</footer></body></html>");
    return html.toString();
  }

  public static String page(int n) {
    return page("Council votes to rebuild bridge " + n, "2023-10-16", story(n), null);
  }

  /** An RSS 2.0 feed listing {@code links}. */
  public static String rss(String title, List<String> links) {
    StringBuilder rss = new StringBuilder();
    rss.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>")
        .append(title)
        .append("</title><link>http://127.0.0.1/</link><description>Test feed</description>");
    for (int i = 0; i < links.size(); i++) {
      rss.append("<item><title>Story ")
          .append(i)
          .append("</title><link>")
          .append(links.get(i).replace("&", "&amp;"))
          .append("</link><pubDate>Mon, 16 Oct 2023 08:00:00 GMT</pubDate></item>");
    }
    return rss.append("</channel></rss>").toString();
  }

  /** An Atom feed listing {@code links}. */
  public static String atom(String title, List<String> links) {
    StringBuilder atom = new StringBuilder();
    atom.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>")
        .append(title)
        .append("</title><id>urn:test:feed</id><updated>2023-10-16T08:00:00Z</updated>");
    for (int i = 0; i < links.size(); i++) {
      atom.append("<entry><title>Story ")
          .append(i)
          .append("</title><id>urn:test:")
          .append(i)
          .append("</id><updated>2023-10-16T08:00:00Z</updated><link href=\"")
          .append(links.get(i).replace("&", "&amp;"))
          .append("\"/></entry>");
    }
    return atom.append("</feed>").toString();
  }
}
