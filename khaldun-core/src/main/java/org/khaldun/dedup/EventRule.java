package org.khaldun.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.khaldun.util.Sha256;

/**
 * The one deduplication rule, for the mentions of one {@link EventKey}: which of them make one
 * event, and what that event is called and counts. {@link WindowDeduplicator}, the store and the
 * Spark job all call it, so their events cannot drift apart. Dated mentions split by {@link
 * DayClusters}; undated ones make one event per article. An event is named after its first report
 * ({@link MentionFacts#FIRST_REPORT}), so it depends on its mentions alone. Stateless.
 */
public final class EventRule {
  private EventRule() {}

  /**
   * The events of one key's mentions: first one per article of undated mentions (articles in order
   * of first appearance), then the dated clusters of {@link DayClusters#partition}; each event's
   * mentions in input order.
   */
  public static <T> List<List<T>> group(List<T> mentions, Function<T, MentionFacts> facts) {
    Map<String, List<T>> undated = new LinkedHashMap<>();
    List<T> dated = new ArrayList<>();
    for (T mention : mentions) {
      MentionFacts f = facts.apply(mention);
      if (f.date() == null) {
        undated.computeIfAbsent(f.article(), k -> new ArrayList<>()).add(mention);
      } else {
        dated.add(mention);
      }
    }
    List<List<T>> groups = new ArrayList<>(undated.values());
    if (!dated.isEmpty()) {
      groups.addAll(
          DayClusters.partition(
              dated, m -> new EventDate.Dated(facts.apply(m).date(), facts.apply(m).basis())));
    }
    return groups;
  }

  /** The id of the event these mentions make: {@code e} and the id of its first report. */
  public static String eventId(List<MentionFacts> mentions) {
    return "e" + Collections.min(mentions, MentionFacts.FIRST_REPORT).mentionId();
  }

  /**
   * The event's number (GDELT's GlobalEventID in exports), from its id: positive, and the same
   * however the event was computed.
   */
  public static long seq(String eventId) {
    return Long.parseUnsignedLong(Sha256.hex(8, eventId), 16) >>> 1;
  }

  /** What the event these mentions make is called and counts. */
  public static EventSummary summarise(List<MentionFacts> mentions) {
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("an event needs at least one mention");
    }
    List<EventDate.Dated> dates = new ArrayList<>(mentions.size());
    Set<String> articles = new HashSet<>();
    Set<String> sources = new HashSet<>();
    LocalDate firstSeen = null;
    LocalDate lastSeen = null;
    for (MentionFacts m : mentions) {
      dates.add(new EventDate.Dated(m.date(), m.basis()));
      articles.add(m.article());
      sources.add(m.source());
      if (m.published() != null) {
        firstSeen =
            firstSeen == null || m.published().isBefore(firstSeen) ? m.published() : firstSeen;
        lastSeen = lastSeen == null || m.published().isAfter(lastSeen) ? m.published() : lastSeen;
      }
    }
    String id = eventId(mentions);
    return new EventSummary(
        id,
        seq(id),
        EventDate.bestOf(dates),
        mentions.size(),
        sources.size(),
        articles.size(),
        firstSeen,
        lastSeen,
        Collections.min(mentions, MentionFacts.REPRESENTATIVE).mentionId());
  }
}
