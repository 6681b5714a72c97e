package org.khaldun.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class ArticleIdsTest {
  @Test
  void aDerivedIdKeepsTheGivenIdAndDependsOnTheTextAlone() {
    String first = ArticleIds.derived("story", "Iran and Saudi Arabia held talks.");

    assertThat(first).matches("story~[0-9a-f]{8}");
    assertThat(ArticleIds.derived("story", "Iran and Saudi Arabia held talks.")).isEqualTo(first);
    assertThat(ArticleIds.derived("story", "Russian forces launched air strikes."))
        .isNotEqualTo(first);
    assertThat(ArticleIds.derivedInFull("story", "Iran and Saudi Arabia held talks."))
        .startsWith(first)
        .hasSize("story~".length() + 64);
  }
}
