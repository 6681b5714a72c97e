package org.khaldun.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khaldun.model.CodedEvent;

/**
 * Groups mentions by {@link EventKey} and date: a mention joins an event of the same key whose date
 * is within one day of its own (the closest such event; the earlier-made on a tie), else it starts
 * a new one. Undated mentions join an undated event of the same key from the same article. Input
 * order decides ties, so the same input always gives the same events. Stateless.
 */
public final class WindowDeduplicator implements Deduplicator {
  public static final int WINDOW_DAYS = 1;

  @Override
  public List<Event> merge(List<CodedEvent> events) {
    Map<EventKey, List<Cluster>> byKey = new HashMap<>();
    List<Cluster> clusters = new ArrayList<>();
    for (CodedEvent mention : events) {
      EventKey key = EventKey.of(mention);
      List<Cluster> candidates = byKey.computeIfAbsent(key, k -> new ArrayList<>());
      Cluster chosen = choose(candidates, mention);
      if (chosen == null) {
        chosen = new Cluster(key);
        candidates.add(chosen);
        clusters.add(chosen);
      }
      chosen.add(mention);
    }
    List<Event> merged = new ArrayList<>(clusters.size());
    for (Cluster cluster : clusters) {
      merged.add(new Event(cluster.key, cluster.date, cluster.mentions));
    }
    return merged;
  }

  /**
   * The cluster a mention joins, or null. The store applies the same rule in SQL (StoreWriter), and
   * its tests hold the two to the same events.
   */
  static Cluster choose(List<Cluster> candidates, CodedEvent mention) {
    Cluster best = null;
    long bestDistance = Long.MAX_VALUE;
    for (Cluster cluster : candidates) {
      long distance = distance(cluster, mention);
      if (distance <= WINDOW_DAYS && distance < bestDistance) {
        best = cluster;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static long distance(Cluster cluster, CodedEvent mention) {
    LocalDate date = mention.date();
    if (date == null || cluster.date == null) {
      boolean sameArticle =
          cluster.mentions.stream().anyMatch(m -> m.article().equals(mention.article()));
      return date == null && cluster.date == null && sameArticle ? 0 : Long.MAX_VALUE;
    }
    return Math.abs(date.toEpochDay() - cluster.date.toEpochDay());
  }

  /** An event being built. */
  static final class Cluster {
    final EventKey key;
    final List<CodedEvent> mentions = new ArrayList<>();
    LocalDate date;

    Cluster(EventKey key) {
      this.key = key;
    }

    void add(CodedEvent mention) {
      mentions.add(mention);
      date = EventDate.best(mentions);
    }
  }
}
