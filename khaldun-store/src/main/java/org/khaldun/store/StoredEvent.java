package org.khaldun.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.khaldun.dedup.EventKey;
import org.khaldun.dedup.EventRule;
import org.khaldun.dedup.EventSummary;

/**
 * An event as the store keeps it, computed from its mentions alone: named after its first report,
 * counted and dated by core's {@link EventRule}, coded as its representative (most confident)
 * mention.
 *
 * @param id {@code e} and the id of the first report
 * @param mentions its mentions
 */
record StoredEvent(String id, List<EventMerger.Member> mentions) {
  static StoredEvent of(List<EventMerger.Member> mentions) {
    return new StoredEvent(
        EventRule.eventId(mentions.stream().map(EventMerger.Member::facts).toList()),
        List.copyOf(mentions));
  }

  /**
   * The event's number (GDELT's GlobalEventID in exports), from its id: positive, and the same
   * however the store was filled.
   */
  static long seq(String eventId) {
    return EventRule.seq(eventId);
  }

  void insert(Statements statements, EventKey key) throws SQLException {
    EventSummary event =
        EventRule.summarise(mentions.stream().map(EventMerger.Member::facts).toList());
    String representative = event.representative();
    PreparedStatement insert =
        statements.get(
            "INSERT INTO events SELECT ?, ?, ?, ?, ?, ?, ?, m.source_code, m.source_country, m.source_name,"
                + " m.target_code, m.target_country, m.target_name, m.cameo, m.cameo_root, m.quad_class,"
                + " m.goldstein, m.plover, json_extract_string(m.record, '$.plover_mode'), ?, ?, ?, ?, ?,"
                + " m.mention_id, m.evidence, m.record FROM mentions m WHERE m.mention_id = ?");
    int i = 1;
    insert.setString(i++, id);
    insert.setLong(i++, event.seq());
    StoreWriter.setDate(insert, i++, event.date());
    insert.setString(i++, key.family());
    insert.setString(i++, key.first());
    insert.setString(i++, key.second());
    insert.setBoolean(i++, key.symmetric());
    insert.setInt(i++, event.numMentions());
    insert.setInt(i++, event.numSources());
    insert.setInt(i++, event.numArticles());
    StoreWriter.setDate(insert, i++, event.firstSeen());
    StoreWriter.setDate(insert, i++, event.lastSeen());
    insert.setString(i, representative);
    if (insert.executeUpdate() != 1) {
      throw new IllegalStateException(
          "the representative mention " + representative + " is missing");
    }
  }
}
