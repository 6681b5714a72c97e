package org.khaldun.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khaldun.model.ActorMention;
import org.khaldun.model.CodedEvent;

/**
 * The names a batch's text taught ("Iranian President Ebrahim Raisi"), with their codes, dates and
 * counts, added up before they are written: one statement per name instead of one per mention. What
 * is kept (earliest basis, first and last date, count) does not depend on the order of arrival. Not
 * thread-safe.
 */
final class ActorTally {
  private static final Set<String> PERSON_BASES =
      Set.of("people", "title", "learned", "apposition", "context");

  private static final class Tally {
    final String country;
    String basis;
    LocalDate first;
    LocalDate last;
    int mentions;

    Tally(String country, String basis) {
      this.country = country;
      this.basis = basis;
    }
  }

  private final Map<List<String>, Tally> tallies = new LinkedHashMap<>();

  void add(List<CodedEvent> events) {
    for (CodedEvent event : events) {
      for (ActorMention actor : new ActorMention[] {event.source(), event.target()}) {
        if (actor == null || !PERSON_BASES.contains(actor.basis())) {
          continue;
        }
        Tally tally =
            tallies.computeIfAbsent(
                List.of(actor.name(), actor.code().code()),
                k -> new Tally(actor.code().country(), actor.basis()));
        tally.basis = actor.basis().compareTo(tally.basis) < 0 ? actor.basis() : tally.basis;
        LocalDate date = event.date();
        if (date != null) {
          tally.first = tally.first == null || date.isBefore(tally.first) ? date : tally.first;
          tally.last = tally.last == null || date.isAfter(tally.last) ? date : tally.last;
        }
        tally.mentions++;
      }
    }
  }

  void write(Statements statements) throws SQLException {
    PreparedStatement upsert =
        statements.get(
            "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name, code) DO UPDATE SET"
                + " first_date = least(actors.first_date, excluded.first_date), last_date = greatest(actors.last_date, excluded.last_date),"
                + " basis = least(actors.basis, excluded.basis), mentions = actors.mentions + excluded.mentions");
    for (Map.Entry<List<String>, Tally> entry : tallies.entrySet()) {
      Tally tally = entry.getValue();
      upsert.setString(1, entry.getKey().get(0));
      upsert.setString(2, entry.getKey().get(1));
      upsert.setString(3, tally.country);
      upsert.setString(4, tally.basis);
      StoreWriter.setDate(upsert, 5, tally.first);
      StoreWriter.setDate(upsert, 6, tally.last);
      upsert.setInt(7, tally.mentions);
      upsert.executeUpdate();
    }
    tallies.clear();
  }
}
