package org.khaldun.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.khaldun.InputException;
import org.khaldun.model.Article;
import org.khaldun.model.DatePrecision;

/**
 * Turns one web page into an article: main text ({@link MainText}, or the page's JSON-LD {@code
 * articleBody} when the markup yields much less), title, URL, publication date with its source
 * ({@link PageDates}) and language ({@link Languages}). A page that is not an English article is an
 * {@link InputException} naming the page and why: no text, too little text to be an article, not
 * English. Thread-safe (no state).
 */
public final class HtmlArticles {
  /** Fewer words than this is a listing, an index or an error page, not a news article. */
  static final int MIN_WORDS = 40;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private HtmlArticles() {}

  /**
   * Reads one page.
   *
   * @param source the file (and record) to name in errors
   * @param line the record number within {@code source}, or 0
   * @param id the article id
   * @param html the page's bytes
   * @param charset the charset the server declared, or null to read it from the page
   * @param url the page's address, or null (then the page's canonical link, if any)
   * @param fetched when the page was captured, or null; the date of last resort
   * @param englishOnly true to reject pages in other languages (false keeps them, language noted)
   */
  public static Article read(
      String source,
      int line,
      String id,
      byte[] html,
      String charset,
      String url,
      LocalDate fetched,
      boolean englishOnly) {
    Document page;
    try {
      page = Jsoup.parse(new ByteArrayInputStream(html), charset, url == null ? "" : url);
    } catch (IOException | IllegalArgumentException e) {
      throw new InputException(source, line, "unreadable HTML: " + e.getMessage(), e);
    }
    Element body = page.body();
    String address = url != null ? url : canonical(page);
    JsonLd jsonLd = JsonLd.of(page);
    String title = title(page, jsonLd);
    Optional<PageDates.Found> date = PageDates.find(page, jsonLd, address, body::text, fetched);
    String text = chooseText(MainText.of(body), jsonLd.articleBody());
    if (text.isBlank()) {
      throw new InputException(source, line, "no text: the page has no readable main text");
    }
    int words = words(text);
    if (words < MIN_WORDS) {
      throw new InputException(
          source,
          line,
          "not an article: "
              + words
              + " words of main text (fewer than "
              + MIN_WORDS
              + "; a listing, index or error page?)");
    }
    String lang = Languages.detect(text);
    if (englishOnly && !"en".equals(lang)) {
      throw new InputException(
          source,
          line,
          lang == null
              ? "not English: the language of the text was not recognised"
              : "not English: the text reads as '" + lang + "'");
    }
    return new Article(
        id,
        address,
        host(address),
        date.map(PageDates.Found::date).orElse(null),
        title,
        text,
        date.map(PageDates.Found::precision).orElse(DatePrecision.DAY),
        date.map(PageDates.Found::source).orElse(null),
        lang);
  }

  /**
   * The markup's text, unless JSON-LD has a body much longer: then the markup lost the article
   * (paragraphs loaded by script, an unusual layout) and the publisher's own copy is better.
   */
  static String chooseText(String markup, String articleBody) {
    if (articleBody == null) {
      return markup;
    }
    String body = Jsoup.parse(articleBody).text().strip();
    return body.length() > markup.length() * 2 ? body : markup;
  }

  private static String title(Document page, JsonLd jsonLd) {
    Element og = page.selectFirst("meta[property=og:title]");
    if (og != null && !og.attr("content").isBlank()) {
      return og.attr("content").strip();
    }
    if (jsonLd.headline() != null) {
      return jsonLd.headline();
    }
    String title = page.title().strip();
    if (!title.isEmpty()) {
      return title;
    }
    Element h1 = page.selectFirst("h1");
    return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
  }

  private static String canonical(Document page) {
    Element link = page.selectFirst("link[rel=canonical][href]");
    if (link != null && link.attr("href").startsWith("http")) {
      return link.attr("href").strip();
    }
    Element og = page.selectFirst("meta[property=og:url][content]");
    if (og != null && og.attr("content").startsWith("http")) {
      return og.attr("content").strip();
    }
    return null;
  }

  /** The outlet: the URL's host without {@code www.}, as JSON lines derive it. */
  public static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = new URI(url.strip()).getHost();
      if (host == null) {
        return null;
      }
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static int words(String text) {
    int n = 0;
    var m = WORD.matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
  }
}
