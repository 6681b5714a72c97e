package org.khaldun.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlsTest {
  @Test
  void schemeAndHostAreLowerCasedAndTheDefaultPortAndFragmentDropped() {
    assertThat(Urls.canonical("HTTPS://News.Example:443/World/Story#comments"))
        .isEqualTo("https://news.example/World/Story");
    assertThat(Urls.canonical("http://news.example:80")).isEqualTo("http://news.example/");
    assertThat(Urls.canonical("http://news.example:8080/a"))
        .isEqualTo("http://news.example:8080/a");
  }

  @Test
  void trackingParametersGoAndTheOthersStayInOrder() {
    assertThat(
            Urls.canonical(
                "https://news.example/story?id=7&utm_source=rss&UTM_Medium=x&fbclid=abc&page=2&gclid=1"))
        .isEqualTo("https://news.example/story?id=7&page=2");
    assertThat(Urls.canonical("https://news.example/story?utm_campaign=a&mc_cid=b"))
        .isEqualTo("https://news.example/story");
  }

  @Test
  void relativeLinksResolveAgainstTheirPage() {
    assertThat(Urls.canonical("https://news.example/feeds/rss.xml", "../world/story"))
        .isEqualTo("https://news.example/world/story");
  }

  @Test
  void linksThatAreNoWebAddressesAreNull() {
    assertThat(Urls.canonical("mailto:desk@news.example")).isNull();
    assertThat(Urls.canonical("ftp://news.example/x")).isNull();
    assertThat(Urls.canonical("http://")).isNull();
    assertThat(Urls.canonical("  ")).isNull();
  }
}
