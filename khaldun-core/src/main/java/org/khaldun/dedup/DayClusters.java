package org.khaldun.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.khaldun.model.DateBasis;

/**
 * Splits the dated mentions of one {@link EventKey} into events, the same way whatever order they
 * come in: the date best supported (as {@link EventDate} votes) becomes an event with every mention
 * dated within {@link WindowDeduplicator#WINDOW_DAYS} of it, then the best of the dates left, until
 * none is. So every mention is within a day of its event's date, and an event's mentions depend on
 * the dates of the mentions around it only, never on which arrived first. Dates further than the
 * window from each other's neighbours never interact, so a store may split just the run of nearby
 * dates a new mention falls in. Stateless.
 */
public final class DayClusters {
  private DayClusters() {}

  /**
   * The events of {@code mentions}, each in input order, ordered by their first mention. Every
   * mention must have a date.
   */
  public static <T> List<List<T>> partition(List<T> mentions, Function<T, EventDate.Dated> dated) {
    // Per date: mentions whose date came from the text, and all mentions.
    TreeMap<LocalDate, int[]> votes = new TreeMap<>();
    int fromText = 0;
    for (T mention : mentions) {
      EventDate.Dated d = dated.apply(mention);
      Objects.requireNonNull(d.date(), "an undated mention has no day to cluster on");
      int[] count = votes.computeIfAbsent(d.date(), k -> new int[2]);
      if (d.basis() == DateBasis.TEXT) {
        count[0]++;
        fromText++;
      }
      count[1]++;
    }
    Map<LocalDate, Integer> cluster = new HashMap<>();
    int clusters = 0;
    while (!votes.isEmpty()) {
      LocalDate center = best(votes, fromText > 0 ? 0 : 1);
      NavigableMap<LocalDate, int[]> near =
          votes.subMap(
              center.minusDays(WindowDeduplicator.WINDOW_DAYS),
              true,
              center.plusDays(WindowDeduplicator.WINDOW_DAYS),
              true);
      for (Map.Entry<LocalDate, int[]> date : near.entrySet()) {
        cluster.put(date.getKey(), clusters);
        fromText -= date.getValue()[0];
      }
      near.clear();
      clusters++;
    }
    Map<Integer, List<T>> byCluster = new LinkedHashMap<>();
    for (T mention : mentions) {
      byCluster
          .computeIfAbsent(cluster.get(dated.apply(mention).date()), k -> new ArrayList<>())
          .add(mention);
    }
    return new ArrayList<>(byCluster.values());
  }

  /** The date with most votes of the kind {@code column}; ties go to the earliest, as EventDate. */
  private static LocalDate best(TreeMap<LocalDate, int[]> votes, int column) {
    LocalDate best = null;
    int most = 0;
    for (Map.Entry<LocalDate, int[]> entry : votes.entrySet()) {
      if (entry.getValue()[column] > most) {
        best = entry.getKey();
        most = entry.getValue()[column];
      }
    }
    return best;
  }
}
