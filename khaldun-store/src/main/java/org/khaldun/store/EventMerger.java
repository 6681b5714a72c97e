package org.khaldun.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.khaldun.dedup.EventKey;
import org.khaldun.dedup.EventRule;
import org.khaldun.dedup.MentionFacts;
import org.khaldun.dedup.WindowDeduplicator;
import org.khaldun.model.Article;
import org.khaldun.model.CodedEvent;
import org.khaldun.model.DateBasis;

/**
 * Merges a batch's new mentions into the stored events by core's {@link EventRule} (the rule of
 * {@link WindowDeduplicator}): for each event key, the stored mentions dated in a run of nearby
 * days (no gap over the window) with a new one are grouped again with the new ones, and only the
 * events that changed are rewritten. An event is named after its first report: {@code e} and the id
 * of its mention from the earliest-published article (then the smallest mention id), so events and
 * their ids depend on the stored mentions only, not on the order, batches or concurrency of the
 * ingests that brought them. Not thread-safe: one per batch.
 */
final class EventMerger {
  private final Statements statements;
  private final Map<EventKey, List<Member>> fresh = new LinkedHashMap<>();
  private final MentionRows rows;

  EventMerger(Statements statements) {
    this.statements = statements;
    this.rows = new MentionRows(statements);
  }

  /** How a mention's event key is written in the store's {@code mentions.event_key}. */
  static String keyText(EventKey key) {
    return key.text();
  }

  /** A new mention of the batch, written when {@link #flush} has found its event. */
  void add(CodedEvent e, String mentionId, Article article, int evidenceStart) {
    Member member =
        new Member(
            mentionId,
            null,
            e.date(),
            e.dateBasis(),
            article.id(),
            article.source() == null ? article.id() : article.source(),
            article.published(),
            e.confidence());
    fresh.computeIfAbsent(EventKey.of(e), k -> new ArrayList<>()).add(member);
    rows.pending(mentionId, e, evidenceStart);
  }

  /** Groups, names and writes the batch's mentions and the events they change. */
  void flush() throws SQLException {
    for (Map.Entry<EventKey, List<Member>> entry : fresh.entrySet()) {
      EventKey key = entry.getKey();
      String keyText = keyText(key);
      // Undated mentions group within their article, all new here; dated ones with the stored.
      List<Member> undated = new ArrayList<>();
      List<Member> dated = new ArrayList<>();
      for (Member member : entry.getValue()) {
        (member.date() == null ? undated : dated).add(member);
      }
      List<Member> near = dated.isEmpty() ? List.of() : nearby(keyText, dated);
      List<Member> all = new ArrayList<>(undated);
      all.addAll(near);
      List<List<Member>> groups = EventRule.group(all, Member::facts);
      write(key, keyText, groups, near);
    }
    fresh.clear();
  }

  /**
   * The new dated mentions of a key with every stored mention in the runs of days they fall in: a
   * run is mentions whose consecutive dates are at most the window apart, and runs never share an
   * event, so loading grows until each run touched is bounded by a gap on both sides.
   */
  private List<Member> nearby(String keyText, List<Member> dated) throws SQLException {
    int window = WindowDeduplicator.WINDOW_DAYS;
    TreeMap<LocalDate, List<Member>> byDate = new TreeMap<>();
    for (Member member : dated) {
      byDate.computeIfAbsent(member.date(), d -> new ArrayList<>()).add(member);
    }
    LocalDate from = byDate.firstKey().minusDays(window);
    LocalDate to = byDate.lastKey().plusDays(window);
    load(keyText, from, to, byDate);
    while (true) {
      List<Member> touched = new ArrayList<>();
      LocalDate first = null;
      LocalDate last = null;
      for (Run run : runs(byDate, window)) {
        if (run.members().stream().anyMatch(m -> m.eventId() == null)) {
          touched.addAll(run.members());
          first = first == null ? run.first() : first;
          last = run.last();
        }
      }
      LocalDate needFrom = first.minusDays(window);
      LocalDate needTo = last.plusDays(window);
      if (!needFrom.isBefore(from) && !needTo.isAfter(to)) {
        return touched;
      }
      if (needFrom.isBefore(from)) {
        load(keyText, needFrom, from.minusDays(1), byDate);
        from = needFrom;
      }
      if (needTo.isAfter(to)) {
        load(keyText, to.plusDays(1), needTo, byDate);
        to = needTo;
      }
    }
  }

  /** Mentions on consecutive dates at most {@code window} days apart. */
  private record Run(LocalDate first, LocalDate last, List<Member> members) {}

  private static List<Run> runs(TreeMap<LocalDate, List<Member>> byDate, int window) {
    List<Run> runs = new ArrayList<>();
    LocalDate first = null;
    LocalDate previous = null;
    List<Member> members = new ArrayList<>();
    for (Map.Entry<LocalDate, List<Member>> day : byDate.entrySet()) {
      if (previous != null && day.getKey().toEpochDay() - previous.toEpochDay() > window) {
        runs.add(new Run(first, previous, members));
        first = null;
        members = new ArrayList<>();
      }
      first = first == null ? day.getKey() : first;
      members.addAll(day.getValue());
      previous = day.getKey();
    }
    runs.add(new Run(first, previous, members));
    return runs;
  }

  private void load(String keyText, LocalDate from, LocalDate to, Map<LocalDate, List<Member>> into)
      throws SQLException {
    PreparedStatement stored =
        statements.get(
            "SELECT m.mention_id, m.event_id, m.date, m.date_basis, m.article_id, coalesce(a.source, m.article_id),"
                + " a.published, m.confidence FROM mentions m JOIN articles a ON a.article_id = m.article_id"
                + " WHERE m.event_key = ? AND m.date BETWEEN ? AND ?");
    stored.setString(1, keyText);
    StoreWriter.setDate(stored, 2, from);
    StoreWriter.setDate(stored, 3, to);
    try (ResultSet rs = stored.executeQuery()) {
      while (rs.next()) {
        Date published = rs.getDate(7);
        Member member =
            new Member(
                rs.getString(1),
                rs.getString(2),
                rs.getDate(3).toLocalDate(),
                DateBasis.fromLabel(rs.getString(4)),
                rs.getString(5),
                rs.getString(6),
                published == null ? null : published.toLocalDate(),
                rs.getDouble(8));
        into.computeIfAbsent(member.date(), d -> new ArrayList<>()).add(member);
      }
    }
  }

  /**
   * Writes the groups that differ from the stored events: new mentions, mentions that moved, and
   * the events themselves; stored events left without mentions go.
   */
  private void write(EventKey key, String keyText, List<List<Member>> groups, List<Member> near)
      throws SQLException {
    Map<String, Integer> storedSizes = new HashMap<>();
    for (Member member : near) {
      if (member.eventId() != null) {
        storedSizes.merge(member.eventId(), 1, Integer::sum);
      }
    }
    Set<String> kept = new HashSet<>();
    Set<String> rewritten = new HashSet<>();
    List<StoredEvent> changed = new ArrayList<>();
    for (List<Member> group : groups) {
      StoredEvent event = StoredEvent.of(group);
      kept.add(event.id());
      boolean same =
          group.size() == storedSizes.getOrDefault(event.id(), 0)
              && group.stream().allMatch(m -> event.id().equals(m.eventId()));
      if (!same) {
        changed.add(event);
        rewritten.add(event.id());
      }
    }
    for (StoredEvent event : changed) {
      for (Member member : event.mentions()) {
        if (member.eventId() == null) {
          rows.insert(member.mentionId(), event.id(), keyText);
        } else if (!member.eventId().equals(event.id())) {
          rows.move(member.mentionId(), event.id());
        }
      }
    }
    for (String old : storedSizes.keySet()) {
      if (!kept.contains(old) || rewritten.contains(old)) {
        PreparedStatement delete = statements.get("DELETE FROM events WHERE event_id = ?");
        delete.setString(1, old);
        delete.executeUpdate();
      }
    }
    for (StoredEvent event : changed) {
      event.insert(statements, key);
    }
  }

  /** A mention as grouping sees it; {@code eventId} is null for one not stored yet. */
  record Member(
      String mentionId,
      String eventId,
      LocalDate date,
      DateBasis basis,
      String article,
      String source,
      LocalDate published,
      double confidence) {
    MentionFacts facts() {
      return new MentionFacts(mentionId, date, basis, article, source, published, confidence);
    }
  }
}
