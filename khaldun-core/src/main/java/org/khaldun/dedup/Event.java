package org.khaldun.dedup;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.khaldun.model.CodedEvent;

/**
 * One real-world event and every mention that reports it.
 *
 * @param key the family and actor pair shared by its mentions
 * @param date the best-supported date among the mentions (see {@link EventDate}), or null
 * @param mentions the coded events that report it, in the order they were read
 */
public record Event(EventKey key, LocalDate date, List<CodedEvent> mentions) {
  public Event {
    Objects.requireNonNull(key, "key");
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("an event needs at least one mention");
    }
  }

  /** The mention that best represents the event: the most confident, then the first. */
  public CodedEvent representative() {
    CodedEvent best = mentions.get(0);
    for (CodedEvent mention : mentions) {
      if (mention.confidence() > best.confidence()) {
        best = mention;
      }
    }
    return best;
  }

  public int numMentions() {
    return mentions.size();
  }

  public long numArticles() {
    return mentions.stream().map(CodedEvent::article).distinct().count();
  }
}
