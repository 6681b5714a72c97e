package org.khaldun.app.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * API answers by request, valid while the store's version is unchanged. Each query costs DuckDB
 * milliseconds of planning, while an analyst's pages ask the same questions again and again;
 * answers are a pure function of the request and the store, so a changed version is the only
 * invalidation needed. Bounded by total characters, least recently used out first.
 */
final class ResponseCache {
  private final long maxChars;
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
  private long chars;

  private record Entry(String version, String body) {}

  ResponseCache(long maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("the cache needs room for at least one character");
    }
    this.maxChars = maxChars;
  }

  /** The answer cached for {@code key} at {@code version}, or null. */
  synchronized String get(String key, String version) {
    Entry entry = entries.get(key);
    return entry != null && entry.version().equals(version) ? entry.body() : null;
  }

  synchronized void put(String key, String version, String body) {
    if (body.length() > maxChars / 4) {
      return; // one huge answer would evict everything else
    }
    Entry old = entries.put(key, new Entry(version, body));
    if (old != null) {
      chars -= old.body().length();
    }
    chars += body.length();
    Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
    while (chars > maxChars && eldest.hasNext()) {
      chars -= eldest.next().getValue().body().length();
      eldest.remove();
    }
  }

  synchronized int size() {
    return entries.size();
  }
}
