package org.khaldun.dedup;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An event as {@link EventRule} computes it from its mentions.
 *
 * @param id {@code e} and the id of its first report
 * @param seq a positive number derived from the id
 * @param date the best-supported date ({@link EventDate}), or null
 * @param numMentions its mentions
 * @param numSources distinct outlets
 * @param numArticles distinct articles
 * @param firstSeen the earliest publication date of its articles, or null
 * @param lastSeen the latest, or null
 * @param representative the id of the mention whose codes and evidence the event shows
 */
public record EventSummary(
    String id,
    long seq,
    LocalDate date,
    int numMentions,
    int numSources,
    int numArticles,
    LocalDate firstSeen,
    LocalDate lastSeen,
    String representative) {
  public EventSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(representative, "representative");
  }
}
