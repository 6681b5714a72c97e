package org.khaldun.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class ResponseCacheTest {
  @Test
  void anAnswerIsServedOnlyForTheStoreVersionItWasMadeFrom() {
    ResponseCache cache = new ResponseCache(1000);
    cache.put("/api/stats?", "v1", "{\"events\":1}");

    assertThat(cache.get("/api/stats?", "v1")).isEqualTo("{\"events\":1}");
    assertThat(cache.get("/api/stats?", "v2")).isNull();
    assertThat(cache.get("/api/dyads?", "v1")).isNull();
  }

  @Test
  void aNewerAnswerReplacesTheOlderOne() {
    ResponseCache cache = new ResponseCache(1000);
    cache.put("/api/stats?", "v1", "old");
    cache.put("/api/stats?", "v2", "new");

    assertThat(cache.get("/api/stats?", "v2")).isEqualTo("new");
    assertThat(cache.get("/api/stats?", "v1")).isNull();
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void theLeastRecentlyUsedAnswersGoWhenTheCacheIsFull() {
    ResponseCache cache = new ResponseCache(100);
    cache.put("a", "v", "x".repeat(25));
    cache.put("b", "v", "x".repeat(25));
    cache.put("c", "v", "x".repeat(25));
    cache.get("a", "v"); // a is now more recent than b
    cache.put("d", "v", "x".repeat(25));
    cache.put("e", "v", "x".repeat(25));

    assertThat(cache.get("b", "v")).as("least recently used").isNull();
    assertThat(cache.get("a", "v")).isNotNull();
    assertThat(cache.get("e", "v")).isNotNull();
  }

  @Test
  void anAnswerLargerThanAQuarterOfTheCacheIsNotKept() {
    ResponseCache cache = new ResponseCache(100);
    cache.put("small", "v", "x".repeat(10));
    cache.put("huge", "v", "x".repeat(26));

    assertThat(cache.get("huge", "v")).isNull();
    assertThat(cache.get("small", "v")).isNotNull();
  }

  @Test
  void aCacheWithoutRoomIsRefused() {
    assertThatThrownBy(() -> new ResponseCache(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
