package org.khaldun.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khaldun.model.CodedEvent;
import org.khaldun.output.EventJson;

/**
 * Groups mentions by {@link EventKey} and date: the dated mentions of a key split into events
 * around their best-supported dates, each mention within {@link #WINDOW_DAYS} of its event's date
 * ({@link DayClusters}); undated mentions make one event per key and article: the rule of {@link
 * EventRule}. The grouping depends on the mentions only, not on their order. Events come in the
 * order of their first mention, each with its mentions in input order. The store and the Spark job
 * call the same {@link EventRule}. Stateless.
 */
public final class WindowDeduplicator implements Deduplicator {
  public static final int WINDOW_DAYS = 1;

  @Override
  public List<Event> merge(List<CodedEvent> events) {
    Map<EventKey, List<Integer>> byKey = new LinkedHashMap<>();
    for (int i = 0; i < events.size(); i++) {
      byKey.computeIfAbsent(EventKey.of(events.get(i)), k -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> groups = new ArrayList<>();
    for (List<Integer> mentions : byKey.values()) {
      groups.addAll(EventRule.group(mentions, i -> facts(events.get(i))));
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

  /** Grouping reads only the date and the article; the outlet is unknown here. */
  private static MentionFacts facts(CodedEvent e) {
    return new MentionFacts(
        EventJson.id(e), e.date(), e.dateBasis(), e.article(), e.article(), null, e.confidence());
  }
}
