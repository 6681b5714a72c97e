package org.khaldun.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.khaldun.dedup.EventDate;
import org.khaldun.dedup.EventKey;
import org.khaldun.dedup.WindowDeduplicator;
import org.khaldun.model.ActorMention;
import org.khaldun.model.Article;
import org.khaldun.model.CodedEvent;
import org.khaldun.model.DateBasis;
import org.khaldun.model.Rejected;
import org.khaldun.output.EventJson;
import org.khaldun.pipeline.Stages;

/**
 * Writes coded articles into the store, merging each mention into the event it reports (same family
 * and actor pair, date within a day; consultations in either direction) exactly as {@link
 * WindowDeduplicator} does, so one batch of input gives the same events however it is split into
 * runs. An article already stored (same id or same text) is skipped. Each call writes one batch in
 * one transaction. Not thread-safe: one writer per ingest.
 */
public final class StoreWriter {
  private static final Set<String> PERSON_BASES =
      Set.of("people", "title", "learned", "apposition", "context");

  private final Store store;
  private final String runId;

  public StoreWriter(Store store, String runId) {
    this.store = store;
    this.runId = runId;
  }

  /** Records the start of a run. */
  public void begin(String command, String inputs, String nlpKey) {
    store.write(
        c -> {
          // A run still marked running was killed: say so, since this one takes over.
          try (PreparedStatement stale =
              c.prepareStatement(
                  "UPDATE runs SET status = 'interrupted' WHERE status = 'running'")) {
            stale.executeUpdate();
          }
          try (PreparedStatement run =
              c.prepareStatement(
                  "INSERT INTO runs (run_id, command, inputs, nlp_key, started_at, status) VALUES (?, ?, ?, ?, now(), 'running')")) {
            run.setString(1, runId);
            run.setString(2, command);
            run.setString(3, inputs);
            run.setString(4, nlpKey);
            run.executeUpdate();
          }
          return null;
        });
  }

  /** Records how the run ended. */
  public void finish(String status, int articles, int skipped, int rejected, long mentions) {
    store.write(
        c -> {
          try (PreparedStatement run =
              c.prepareStatement(
                  "UPDATE runs SET finished_at = now(), status = ?, articles = ?, skipped = ?, rejected = ?, mentions = ? WHERE run_id = ?")) {
            run.setString(1, status);
            run.setInt(2, articles);
            run.setInt(3, skipped);
            run.setInt(4, rejected);
            run.setLong(5, mentions);
            run.setString(6, runId);
            run.executeUpdate();
          }
          return null;
        });
  }

  /** What a batch did. */
  public record BatchResult(int stored, int skipped, int mentions) {}

  /** Writes a batch of coded articles and rejects in one transaction. */
  public BatchResult write(List<Stages.Result> results, List<Rejected> rejects) {
    return store.write(
        c -> {
          int stored = 0;
          int skipped = 0;
          int mentions = 0;
          for (Stages.Result result : results) {
            Article article = result.annotated().article();
            if (isKnown(c, article)) {
              skipped++;
              continue;
            }
            insertArticle(c, result);
            // The same event coded twice from one sentence is one mention, not a key violation.
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (CodedEvent event : result.events()) {
              if (!seen.add(EventJson.id(event))) {
                continue;
              }
              addMention(
                  c, event, article, result.annotated().sentences().get(event.sentence()).begin());
              mentions++;
            }
            rememberActors(c, result.events());
            stored++;
          }
          for (Rejected rejected : rejects) {
            insertReject(c, rejected);
          }
          return new BatchResult(stored, skipped, mentions);
        });
  }

  static boolean isKnown(Connection c, Article article) throws SQLException {
    try (PreparedStatement known =
        c.prepareStatement("SELECT 1 FROM articles WHERE article_id = ? OR content_hash = ?")) {
      known.setString(1, article.id());
      known.setString(2, ContentHash.of(article));
      try (ResultSet rs = known.executeQuery()) {
        return rs.next();
      }
    }
  }

  private void insertArticle(Connection c, Stages.Result result) throws SQLException {
    Article a = result.annotated().article();
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO articles (article_id, content_hash, url, source, published, title, text, sentences, run_id, ingested_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now())")) {
      insert.setString(1, a.id());
      insert.setString(2, ContentHash.of(a));
      insert.setString(3, a.url());
      insert.setString(4, a.source());
      setDate(insert, 5, a.published());
      insert.setString(6, a.title());
      insert.setString(7, a.text());
      insert.setInt(8, result.annotated().sentences().size());
      insert.setString(9, runId);
      insert.executeUpdate();
    }
  }

  private void addMention(Connection c, CodedEvent e, Article article, int evidenceStart)
      throws SQLException {
    EventKey key = EventKey.of(e);
    String eventId = findEvent(c, key, e);
    String mentionId = EventJson.id(e);
    boolean created = eventId == null;
    if (created) {
      eventId = "e" + mentionId;
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ActorMention s = e.source();
      ActorMention t = e.target();
      int i = 1;
      insert.setString(i++, mentionId);
      insert.setString(i++, eventId);
      insert.setString(i++, e.article());
      insert.setInt(i++, e.sentence());
      setDate(insert, i++, e.date());
      insert.setString(i++, e.dateBasis().label());
      insert.setString(i++, s.code().code());
      insert.setString(i++, s.code().country());
      insert.setString(i++, s.name());
      insert.setString(i++, t == null ? null : t.code().code());
      insert.setString(i++, t == null ? null : t.code().country());
      insert.setString(i++, t == null ? null : t.name());
      insert.setString(i++, e.code().code());
      insert.setString(i++, e.code().root());
      insert.setInt(i++, e.code().quadClass());
      insert.setDouble(i++, e.code().goldstein());
      insert.setString(i++, e.code().plover());
      insert.setString(i++, e.trigger().text());
      insert.setInt(i++, e.trigger().begin());
      insert.setInt(i++, e.trigger().end());
      insert.setInt(i++, s.begin());
      insert.setInt(i++, s.endChar());
      setInteger(insert, i++, t == null ? null : t.begin());
      setInteger(insert, i++, t == null ? null : t.endChar());
      insert.setString(i++, e.evidence());
      insert.setInt(i++, evidenceStart);
      insert.setString(i++, e.pattern());
      insert.setDouble(i++, e.confidence());
      insert.setString(i, EventJson.toJson(e));
      insert.executeUpdate();
    }
    if (created) {
      createEvent(c, eventId, key, e, article);
    } else {
      refreshEvent(c, eventId);
    }
  }

  /**
   * The event a mention joins: same key, date within the window (closest, then oldest), or null.
   */
  private static String findEvent(Connection c, EventKey key, CodedEvent e) throws SQLException {
    String sql =
        "SELECT event_id, date FROM events WHERE family = ? AND first_actor = ? AND second_actor = ? AND unordered = ?"
            + (e.date() == null
                ? " AND date IS NULL AND event_id IN (SELECT event_id FROM mentions WHERE article_id = ?)"
                : " AND date BETWEEN ? AND ?")
            + " ORDER BY event_seq";
    try (PreparedStatement find = c.prepareStatement(sql)) {
      find.setString(1, key.family());
      find.setString(2, key.first());
      find.setString(3, key.second());
      find.setBoolean(4, key.symmetric());
      if (e.date() == null) {
        find.setString(5, e.article());
      } else {
        setDate(find, 5, e.date().minusDays(WindowDeduplicator.WINDOW_DAYS));
        setDate(find, 6, e.date().plusDays(WindowDeduplicator.WINDOW_DAYS));
      }
      String best = null;
      long bestDistance = Long.MAX_VALUE;
      try (ResultSet rs = find.executeQuery()) {
        while (rs.next()) {
          Date date = rs.getDate(2);
          long distance =
              date == null ? 0 : Math.abs(date.toLocalDate().toEpochDay() - e.date().toEpochDay());
          if (distance < bestDistance) {
            best = rs.getString(1);
            bestDistance = distance;
          }
        }
      }
      return best;
    }
  }

  private static void createEvent(
      Connection c, String eventId, EventKey key, CodedEvent e, Article article)
      throws SQLException {
    long seq;
    try (PreparedStatement next =
            c.prepareStatement("SELECT coalesce(max(event_seq), 0) + 1 FROM events");
        ResultSet rs = next.executeQuery()) {
      rs.next();
      seq = rs.getLong(1);
    }
    LocalDate seen = article.published();
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, 1, ?, ?, ?, ?, ?)")) {
      int i = 1;
      insert.setString(i++, eventId);
      insert.setLong(i++, seq);
      setDate(insert, i++, e.date());
      insert.setString(i++, key.family());
      insert.setString(i++, key.first());
      insert.setString(i++, key.second());
      insert.setBoolean(i++, key.symmetric());
      insert.setString(i++, e.source().code().code());
      insert.setString(i++, e.source().code().country());
      insert.setString(i++, e.source().name());
      insert.setString(i++, e.target() == null ? null : e.target().code().code());
      insert.setString(i++, e.target() == null ? null : e.target().code().country());
      insert.setString(i++, e.target() == null ? null : e.target().name());
      insert.setString(i++, e.code().code());
      insert.setString(i++, e.code().root());
      insert.setInt(i++, e.code().quadClass());
      insert.setDouble(i++, e.code().goldstein());
      insert.setString(i++, e.code().plover());
      insert.setString(i++, e.code().mode());
      setDate(insert, i++, seen);
      setDate(insert, i++, seen);
      insert.setString(i++, EventJson.id(e));
      insert.setString(i++, e.evidence());
      insert.setString(i, EventJson.toJson(e));
      insert.executeUpdate();
    }
  }

  /** Recomputes an event's date, counts and representative mention from its mentions. */
  private static void refreshEvent(Connection c, String eventId) throws SQLException {
    List<EventDate.Dated> dates = new ArrayList<>();
    Set<String> articles = new HashSet<>();
    Set<String> sources = new HashSet<>();
    LocalDate firstSeen = null;
    LocalDate lastSeen = null;
    String representative = null;
    String evidence = null;
    String record = null;
    double bestConfidence = -1;
    int count = 0;
    try (PreparedStatement mentions =
        c.prepareStatement(
            "SELECT m.mention_id, m.date, m.date_basis, m.article_id, coalesce(a.source, m.article_id), a.published, m.confidence,"
                + " m.evidence, m.record"
                + " FROM mentions m JOIN articles a ON a.article_id = m.article_id WHERE m.event_id = ? ORDER BY m.rowid")) {
      mentions.setString(1, eventId);
      try (ResultSet rs = mentions.executeQuery()) {
        while (rs.next()) {
          count++;
          Date date = rs.getDate(2);
          dates.add(
              new EventDate.Dated(
                  date == null ? null : date.toLocalDate(), DateBasis.fromLabel(rs.getString(3))));
          articles.add(rs.getString(4));
          sources.add(rs.getString(5));
          Date published = rs.getDate(6);
          if (published != null) {
            LocalDate p = published.toLocalDate();
            firstSeen = firstSeen == null || p.isBefore(firstSeen) ? p : firstSeen;
            lastSeen = lastSeen == null || p.isAfter(lastSeen) ? p : lastSeen;
          }
          if (rs.getDouble(7) > bestConfidence) {
            bestConfidence = rs.getDouble(7);
            representative = rs.getString(1);
            evidence = rs.getString(8);
            record = rs.getString(9);
          }
        }
      }
    }
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE events SET date = ?, num_mentions = ?, num_articles = ?, num_sources = ?, first_seen = ?, last_seen = ?,"
                + " representative = ?, evidence = ?, record = ? WHERE event_id = ?")) {
      setDate(update, 1, EventDate.bestOf(dates));
      update.setInt(2, count);
      update.setInt(3, articles.size());
      update.setInt(4, sources.size());
      setDate(update, 5, firstSeen);
      setDate(update, 6, lastSeen);
      update.setString(7, representative);
      update.setString(8, evidence);
      update.setString(9, record);
      update.setString(10, eventId);
      update.executeUpdate();
    }
  }

  /** Names the text taught ("Iranian President Ebrahim Raisi"), with their codes and dates. */
  private static void rememberActors(Connection c, List<CodedEvent> events) throws SQLException {
    try (PreparedStatement upsert =
        c.prepareStatement(
            "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT (name, code) DO UPDATE SET"
                + " first_date = least(actors.first_date, excluded.first_date), last_date = greatest(actors.last_date, excluded.last_date),"
                + " mentions = actors.mentions + 1")) {
      for (CodedEvent event : events) {
        for (ActorMention actor : new ActorMention[] {event.source(), event.target()}) {
          if (actor == null || !PERSON_BASES.contains(actor.basis())) {
            continue;
          }
          upsert.setString(1, actor.name());
          upsert.setString(2, actor.code().code());
          upsert.setString(3, actor.code().country());
          upsert.setString(4, actor.basis());
          setDate(upsert, 5, event.date());
          setDate(upsert, 6, event.date());
          upsert.executeUpdate();
        }
      }
    }
  }

  private void insertReject(Connection c, Rejected r) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO rejects VALUES (?, ?, ?, ?, ?, ?, now()) ON CONFLICT DO NOTHING")) {
      insert.setString(1, r.source());
      insert.setInt(2, r.line());
      insert.setString(3, r.stage());
      insert.setString(4, r.reason());
      insert.setString(5, r.articleId());
      insert.setString(6, runId);
      insert.executeUpdate();
    }
  }

  static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
    if (date == null) {
      statement.setNull(index, Types.DATE);
    } else {
      statement.setObject(index, date);
    }
  }

  private static void setInteger(PreparedStatement statement, int index, Integer value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
    }
  }
}
