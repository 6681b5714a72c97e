package org.khaldun.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.khaldun.dedup.EventDate;
import org.khaldun.dedup.EventKey;
import org.khaldun.util.Sha256;

/**
 * An event as the store keeps it, computed from its mentions alone: named after its first report,
 * dated by {@link EventDate}, coded as its representative (most confident) mention.
 *
 * @param id {@code e} and the id of the first report
 * @param mentions its mentions
 */
record StoredEvent(String id, List<EventMerger.Member> mentions) {
  static StoredEvent of(List<EventMerger.Member> mentions) {
    return new StoredEvent(
        "e" + Collections.min(mentions, EventMerger.Member.FIRST_REPORT).mentionId(),
        List.copyOf(mentions));
  }

  /**
   * The event's number (GDELT's GlobalEventID in exports), from its id: positive, and the same
   * however the store was filled.
   */
  static long seq(String eventId) {
    return Long.parseUnsignedLong(Sha256.hex(8, eventId), 16) >>> 1;
  }

  void insert(Statements statements, EventKey key) throws SQLException {
    List<EventDate.Dated> dates = new ArrayList<>(mentions.size());
    Set<String> articles = new HashSet<>();
    Set<String> sources = new HashSet<>();
    LocalDate firstSeen = null;
    LocalDate lastSeen = null;
    for (EventMerger.Member m : mentions) {
      dates.add(new EventDate.Dated(m.date(), m.basis()));
      articles.add(m.article());
      sources.add(m.source());
      if (m.published() != null) {
        firstSeen =
            firstSeen == null || m.published().isBefore(firstSeen) ? m.published() : firstSeen;
        lastSeen = lastSeen == null || m.published().isAfter(lastSeen) ? m.published() : lastSeen;
      }
    }
    String representative =
        Collections.min(mentions, EventMerger.Member.REPRESENTATIVE).mentionId();
    PreparedStatement insert =
        statements.get(
            "INSERT INTO events SELECT ?, ?, ?, ?, ?, ?, ?, m.source_code, m.source_country, m.source_name,"
                + " m.target_code, m.target_country, m.target_name, m.cameo, m.cameo_root, m.quad_class,"
                + " m.goldstein, m.plover, json_extract_string(m.record, '$.plover_mode'), ?, ?, ?, ?, ?,"
                + " m.mention_id, m.evidence, m.record FROM mentions m WHERE m.mention_id = ?");
    int i = 1;
    insert.setString(i++, id);
    insert.setLong(i++, seq(id));
    StoreWriter.setDate(insert, i++, EventDate.bestOf(dates));
    insert.setString(i++, key.family());
    insert.setString(i++, key.first());
    insert.setString(i++, key.second());
    insert.setBoolean(i++, key.symmetric());
    insert.setInt(i++, mentions.size());
    insert.setInt(i++, sources.size());
    insert.setInt(i++, articles.size());
    StoreWriter.setDate(insert, i++, firstSeen);
    StoreWriter.setDate(insert, i++, lastSeen);
    insert.setString(i, representative);
    if (insert.executeUpdate() != 1) {
      throw new IllegalStateException(
          "the representative mention " + representative + " is missing");
    }
  }
}
