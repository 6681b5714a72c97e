package org.khaldun.ingest.html;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.khaldun.ingest.PublicationDates;
import org.khaldun.model.DatePrecision;

/**
 * Finds a page's publication date and says where it came from, in order of trust: JSON-LD {@code
 * datePublished} ({@code json-ld}), the publication-date meta tags ({@code meta}), a {@code <time
 * datetime>} ({@code time}), a date in the URL path ({@code url}; {@code /2023/10/} alone gives the
 * month), a dateline or byline in the visible text ({@code text}), and last the capture date of a
 * WARC record or fetch ({@code fetch}), which only says the page existed by then. Thread-safe.
 */
final class PageDates {
  /**
   * A publication date.
   *
   * @param date the date (the month's first day when only the month is known)
   * @param precision {@code DAY} or {@code MONTH}
   * @param source where it was found
   */
  record Found(LocalDate date, DatePrecision precision, String source) {}

  /** Meta tag names and properties that carry the publication date, most specific first. */
  private static final List<String> META_NAMES =
      List.of(
          "article:published_time",
          "og:published_time",
          "og:article:published_time",
          "datepublished",
          "article.published",
          "published_time",
          "publish_date",
          "publish-date",
          "publishdate",
          "publication_date",
          "pubdate",
          "parsely-pub-date",
          "sailthru.date",
          "dc.date.issued",
          "dcterms.issued",
          "dc.date.created",
          "dcterms.created",
          "dc.date",
          "dcterms.date",
          "citation_publication_date",
          "citation_date",
          "original-publish-date",
          "article_date_original",
          "date");

  private static final Pattern URL_DAY =
      Pattern.compile(
          "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:[/._-]|$)");
  private static final Pattern URL_COMPACT =
      Pattern.compile("/((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:[/._-]|$)");
  private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(0?[1-9]|1[0-2])/");

  /** How far into the page's visible text a dateline or byline date is looked for. */
  private static final int TEXT_WINDOW = 4000;

  private PageDates() {}

  /**
   * The most trusted date the page gives.
   *
   * @param visibleText the page's text before pruning, for datelines and bylines (asked for only
   *     when no markup gives a date)
   * @param fetched the capture date, or null
   */
  static Optional<Found> find(
      Document page,
      JsonLd jsonLd,
      String url,
      java.util.function.Supplier<String> visibleText,
      LocalDate fetched) {
    Optional<LocalDate> date = DateText.parse(jsonLd.datePublished());
    if (date.isPresent()) {
      return day(date.get(), "json-ld");
    }
    date = meta(page);
    if (date.isPresent()) {
      return day(date.get(), "meta");
    }
    date = time(page);
    if (date.isPresent()) {
      return day(date.get(), "time");
    }
    Optional<Found> fromUrl = url(url);
    if (fromUrl.isPresent()) {
      return fromUrl;
    }
    String visible = visibleText.get();
    String window = visible.length() > TEXT_WINDOW ? visible.substring(0, TEXT_WINDOW) : visible;
    date = DateText.prose(window);
    if (date.isPresent()) {
      return day(date.get(), "text");
    }
    if (fetched != null && PublicationDates.plausible(fetched)) {
      return day(fetched, "fetch");
    }
    return Optional.empty();
  }

  private static Optional<Found> day(LocalDate date, String source) {
    return Optional.of(new Found(date, DatePrecision.DAY, source));
  }

  private static Optional<LocalDate> meta(Document page) {
    java.util.Map<String, String> contents = new java.util.HashMap<>();
    for (Element meta : page.getElementsByTag("meta")) {
      String key = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
      if (key.isEmpty()) {
        key = meta.attr("itemprop");
      }
      contents.putIfAbsent(key.toLowerCase(Locale.ROOT), meta.attr("content"));
    }
    for (String name : META_NAMES) {
      Optional<LocalDate> date = DateText.parse(contents.get(name));
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> time(Document page) {
    for (String query :
        List.of(
            "[itemprop=datePublished][datetime]",
            "[itemprop=datePublished][content]",
            "time[pubdate][datetime]",
            "article time[datetime]",
            "main time[datetime]",
            "time[datetime]")) {
      for (Element element : page.select(query)) {
        String value =
            element.hasAttr("datetime") ? element.attr("datetime") : element.attr("content");
        Optional<LocalDate> date = DateText.parse(value);
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  static Optional<Found> url(String url) {
    if (url == null) {
      return Optional.empty();
    }
    String path = url.replaceFirst("^[a-zA-Z]+://[^/]*", "");
    for (Pattern pattern : List.of(URL_DAY, URL_COMPACT)) {
      Matcher m = pattern.matcher(path);
      if (m.find()) {
        Optional<LocalDate> date = DateText.of(m.group(1), m.group(2), m.group(3));
        if (date.isPresent()) {
          return day(date.get(), "url");
        }
      }
    }
    Matcher m = URL_MONTH.matcher(path);
    if (m.find()) {
      LocalDate first =
          YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).atDay(1);
      if (PublicationDates.plausible(first)) {
        return Optional.of(new Found(first, DatePrecision.MONTH, "url"));
      }
    }
    return Optional.empty();
  }
}
