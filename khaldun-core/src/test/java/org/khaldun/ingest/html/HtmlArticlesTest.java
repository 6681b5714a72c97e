package org.khaldun.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.khaldun.InputException;
import org.khaldun.model.Article;
import org.khaldun.model.DatePrecision;

class HtmlArticlesTest {
  private static Article read(String html, String url, LocalDate fetched) {
    return HtmlArticles.read("page.html", 0, "page", Pages.bytes(html), null, url, fetched, true);
  }

  @Test
  void mainTextKeepsTheParagraphsAndDropsThePageFurniture() {
    Article article = read(Pages.article("", ""), null, null);
    assertThat(article.text())
        .isEqualTo(Pages.PARAGRAPH_1 + "\n\n" + Pages.PARAGRAPH_2 + "\n\n" + Pages.PARAGRAPH_3);
    assertThat(article.title()).isEqualTo("Norway and Chile talk fish | Daily Example");
    assertThat(article.lang()).isEqualTo("en");
  }

  @Test
  void paragraphsSplitIntoChunksBetweenAdvertisementsAreReadWhole() {
    String html =
        "<html><body><nav><a href=/>Home</a></nav><div class=story>"
            + "<div class=row><div class=chunk><p>"
            + Pages.PARAGRAPH_1
            + "</p><p>"
            + Pages.PARAGRAPH_2
            + "</p></div><div class=ad-rail>Advertisement</div></div>"
            + "<div class=row><div class=promo-box><a href=/x>Subscribe now for one dollar a week"
            + "</a></div></div>"
            + "<div class=row><div class=chunk><p>"
            + Pages.PARAGRAPH_3
            + "</p></div><div class=ad-rail>Advertisement</div></div></div></body></html>";
    assertThat(read(html, null, null).text())
        .contains(Pages.PARAGRAPH_1, Pages.PARAGRAPH_2, Pages.PARAGRAPH_3)
        .doesNotContain("Advertisement", "Subscribe");
  }

  @Test
  void jsonLdBodyStandsInWhenTheMarkupHasAlmostNoText() {
    String head =
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
            + "\"NewsArticle\",\"headline\":\"Talks\",\"datePublished\":\"2023-10-16T08:00:00+02:00\","
            + "\"articleBody\":\""
            + Pages.PARAGRAPH_1
            + " "
            + Pages.PARAGRAPH_2
            + "\"}</script>";
    String html = "<html><head>" + head + "</head><body><div id=app>Loading…</div></body></html>";
    Article article = read(html, null, null);
    assertThat(article.text()).isEqualTo(Pages.PARAGRAPH_1 + " " + Pages.PARAGRAPH_2);
    assertThat(article.published()).isEqualTo(LocalDate.of(2023, 10, 16));
    assertThat(article.dateSource()).isEqualTo("json-ld");
  }

  @Test
  void datesComeFromTheMostTrustedSourceAndSaySo() {
    String jsonLd =
        "<script type=\"application/ld+json\">[{\"@type\":\"WebSite\"},{\"@graph\":[{\"@type\":"
            + "\"Article\",\"datePublished\":\"2023-10-14\"}]}]</script>";
    String meta =
        "<meta property=\"article:published_time\" content=\"2023-10-13T23:30:00-05:00\">";
    String time = "<p>Posted <time datetime=\"2023-10-12\">Thursday</time></p>";
    String dateline = "<p class=when>Published October 11, 2023</p>";
    String url = "https://news.example/2023/10/10/talks/";
    assertThat(date(Pages.article(jsonLd + meta, time + dateline), url, null))
        .isEqualTo("2023-10-14 json-ld");
    assertThat(date(Pages.article(meta, time + dateline), url, null)).isEqualTo("2023-10-13 meta");
    assertThat(date(Pages.article("", time + dateline), url, null)).isEqualTo("2023-10-12 time");
    assertThat(date(Pages.article("", dateline), url, null)).isEqualTo("2023-10-10 url");
    assertThat(date(Pages.article("", dateline), null, null)).isEqualTo("2023-10-11 text");
    assertThat(date(Pages.article("", ""), null, LocalDate.of(2023, 10, 9)))
        .isEqualTo("2023-10-09 fetch");
    assertThat(date(Pages.article("", ""), null, null)).isEqualTo("null null");
  }

  @Test
  void aMonthInTheUrlIsAMonthPrecisionDate() {
    Article article = read(Pages.article("", ""), "https://news.example/2023/12/talks.html", null);
    assertThat(article.published()).isEqualTo(LocalDate.of(2023, 12, 1));
    assertThat(article.datePrecision()).isEqualTo(DatePrecision.MONTH);
    assertThat(article.anchorDate()).isNull();
    assertThat(article.publishedLabel()).isEqualTo("2023-12");
  }

  @Test
  void impossibleDatesAreNotTakenAndTheNextSourceIsUsed() {
    String meta = "<meta property=\"article:published_time\" content=\"2999-01-01\">";
    assertThat(date(Pages.article(meta, ""), "https://news.example/2023/10/10/x", null))
        .isEqualTo("2023-10-10 url");
  }

  @Test
  void aPageInAnotherLanguageIsRejectedAsNotEnglishOrKeptWithItsLanguage() {
    String french =
        "<html><body><article><p>Les ministres des affaires étrangères de la Norvège et du Chili se"
            + " sont rencontrés mardi à Oslo pour discuter des droits de pêche, un différend qui dure"
            + " depuis des années entre les deux États côtiers.</p><p>Les responsables ont déclaré"
            + " que les discussions avaient été franches et utiles, et qu'une commission mixte se"
            + " réunirait de nouveau au printemps.</p></article></body></html>";
    assertThatThrownBy(() -> read(french, null, null))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("page.html: not English: the text reads as 'fr'");
    Article kept =
        HtmlArticles.read("page.html", 0, "page", Pages.bytes(french), null, null, null, false);
    assertThat(kept.lang()).isEqualTo("fr");
  }

  @Test
  void aPageWithoutAnArticleIsRejectedWithTheReason() {
    assertThatThrownBy(() -> read("<html><body><nav>Home</nav></body></html>", null, null))
        .hasMessageContaining("no text");
    assertThatThrownBy(
            () ->
                read(
                    "<html><body><p>Page not found. Try the home page.</p></body></html>",
                    null,
                    null))
        .hasMessageContaining("not an article: 7 words");
  }

  @Test
  void theCharsetDeclaredByThePageIsHonoured() {
    String html =
        "<html><head><meta charset=iso-8859-1></head><body><p>"
            + Pages.PARAGRAPH_1
            + " Café, naïve, façade.</p><p>"
            + Pages.PARAGRAPH_2
            + "</p></body></html>";
    byte[] latin1 = html.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Article article = HtmlArticles.read("p.html", 0, "p", latin1, null, null, null, true);
    assertThat(article.text()).contains("Café, naïve, façade.");
  }

  private static String date(String html, String url, LocalDate fetched) {
    Article article = read(html, url, fetched);
    return article.published() + " " + article.dateSource();
  }
}
