package org.khaldun.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khaldun.model.CodedEvent;

/**
 * Groups mentions by {@link EventKey} and date: the dated mentions of a key split into events
 * around their best-supported dates, each mention within {@link #WINDOW_DAYS} of its event's date
 * ({@link DayClusters}); undated mentions make one event per key and article. The grouping depends
 * on the mentions only, not on their order. Events come in the order of their first mention, each
 * with its mentions in input order. The store applies the same rule (StoreWriter), and its tests
 * hold the two to the same events. Stateless.
 */
public final class WindowDeduplicator implements Deduplicator {
  public static final int WINDOW_DAYS = 1;

  @Override
  public List<Event> merge(List<CodedEvent> events) {
    Map<EventKey, List<Integer>> dated = new LinkedHashMap<>();
    Map<List<Object>, List<Integer>> undated = new LinkedHashMap<>();
    for (int i = 0; i < events.size(); i++) {
      CodedEvent mention = events.get(i);
      EventKey key = EventKey.of(mention);
      if (mention.date() == null) {
        undated.computeIfAbsent(List.of(key, mention.article()), k -> new ArrayList<>()).add(i);
      } else {
        dated.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    List<List<Integer>> groups = new ArrayList<>(undated.values());
    for (List<Integer> mentions : dated.values()) {
      groups.addAll(
          DayClusters.partition(
              mentions, i -> new EventDate.Dated(events.get(i).date(), events.get(i).dateBasis())));
    }
    groups.sort(Comparator.comparing(group -> group.get(0)));
    List<Event> merged = new ArrayList<>(groups.size());
    for (List<Integer> group : groups) {
      List<CodedEvent> mentions = new ArrayList<>(group.size());
      group.forEach(i -> mentions.add(events.get(i)));
      merged.add(new Event(EventKey.of(mentions.get(0)), EventDate.best(mentions), mentions));
    }
    return merged;
  }
}
