package org.khaldun.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khaldun.crawl.testkit.Pages;

class FeedsTest {
  private static final String FEED = "https://news.example/feeds/world.xml";

  @Test
  void rssLinksComeInFeedOrderCanonicalAndOnce() {
    String rss =
        Pages.rss(
            "World",
            List.of(
                "https://news.example/b?utm_source=rss",
                "/a",
                "https://NEWS.example/b#top",
                "https://news.example/c"));
    assertThat(Feeds.links(FEED, rss.getBytes(StandardCharsets.UTF_8)))
        .containsExactly(
            "https://news.example/b", "https://news.example/a", "https://news.example/c");
  }

  @Test
  void atomLinksAreReadToo() {
    String atom = Pages.atom("World", List.of("https://news.example/x", "y"));
    assertThat(Feeds.links(FEED, atom.getBytes(StandardCharsets.UTF_8)))
        .containsExactly("https://news.example/x", "https://news.example/feeds/y");
  }

  @Test
  void aMalformedFeedIsAnErrorNamingItsUrlThatNoRetryMends() {
    assertThatThrownBy(
            () -> Feeds.links(FEED, "<html><body>moved</body>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            CrawlException.class,
            e -> {
              assertThat(e.getMessage()).startsWith(FEED + ": malformed feed: ");
              assertThat(e.retryable()).isFalse();
            });
  }

  @Test
  void aFeedWithADoctypeIsRefusedRatherThanItsEntitiesRead() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
            + "<rss version=\"2.0\"><channel><title>&x;</title><link>http://a/</link>"
            + "<description>d</description></channel></rss>";
    assertThatThrownBy(() -> Feeds.links(FEED, xxe.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(CrawlException.class)
        .hasMessageContaining("malformed feed");
  }
}
