package org.khaldun.dedup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.khaldun.model.CodedEvent;
import org.khaldun.model.DateBasis;

/**
 * The date an event's mentions best support: the date most mentions resolved from their text (ties
 * go to the earliest); when none did, the most common stand-in date. Stateless.
 */
public final class EventDate {
  private EventDate() {}

  public static LocalDate best(Collection<CodedEvent> mentions) {
    java.util.List<Dated> dated = new java.util.ArrayList<>(mentions.size());
    for (CodedEvent mention : mentions) {
      dated.add(new Dated(mention.date(), mention.dateBasis()));
    }
    return bestOf(dated);
  }

  /** A mention's date and where it came from. */
  public record Dated(LocalDate date, DateBasis basis) {}

  /** As {@link #best}, for dates read back from a store. */
  public static LocalDate bestOf(Collection<Dated> mentions) {
    LocalDate fromText = vote(mentions, true);
    return fromText != null ? fromText : vote(mentions, false);
  }

  private static LocalDate vote(Collection<Dated> mentions, boolean textOnly) {
    Map<LocalDate, Integer> votes = new TreeMap<>();
    for (Dated mention : mentions) {
      if (mention.date() != null && (!textOnly || mention.basis() == DateBasis.TEXT)) {
        votes.merge(mention.date(), 1, Integer::sum);
      }
    }
    LocalDate best = null;
    int most = 0;
    for (Map.Entry<LocalDate, Integer> entry : votes.entrySet()) {
      if (entry.getValue() > most) {
        best = entry.getKey();
        most = entry.getValue();
      }
    }
    return best;
  }
}
