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
 * runs. An article whose text is already stored is skipped; one whose id names another text is
 * stored under a derived id (see {@link Admission}). Each call writes one batch in one transaction.
 * Not thread-safe: one writer per ingest.
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

  /**
   * What a batch did.
   *
   * @param stored articles stored
   * @param skipped articles skipped because their text is already stored
   * @param mentions event mentions stored
   * @param renamed articles stored under a derived id, since their given id names another text
   * @param repeated articles skipped because this run already stored the same text
   */
  public record BatchResult(
      int stored, int skipped, int mentions, List<Renamed> renamed, List<Repeated> repeated) {
    public BatchResult {
      renamed = List.copyOf(renamed);
      repeated = List.copyOf(repeated);
    }
  }

  /** An article stored under {@code storedAs} because its given id names another text. */
  public record Renamed(String givenId, String storedAs) {}

  /** An article skipped because this run already stored its text under {@code sameTextAs}. */
  public record Repeated(String id, String sameTextAs) {}

  /** Writes a batch of coded articles and rejects in one transaction. */
  public BatchResult write(List<Stages.Result> results, List<Rejected> rejects) {
    return store.write(
        c -> {
          int stored = 0;
          int skipped = 0;
          int mentions = 0;
          List<Renamed> renamed = new ArrayList<>();
          List<Repeated> repeated = new ArrayList<>();
          try (Batch batch = new Batch(c)) {
            for (Stages.Result given : results) {
              Article article = given.annotated().article();
              String hash = ContentHash.of(article);
              Admission admission = Admission.of(batch.statements, article, hash, runId);
              if (admission.skipped()) {
                skipped++;
                if (admission.sameRun()) {
                  repeated.add(new Repeated(article.id(), admission.sameTextAs()));
                }
                continue;
              }
              Stages.Result result = given;
              if (admission.renamed(article)) {
                result = Renaming.to(admission.storeAs(), given);
                article = result.annotated().article();
                renamed.add(new Renamed(given.annotated().article().id(), admission.storeAs()));
              }
              insertArticle(batch, result, hash);
              // The same event coded twice from one sentence is one mention, not a key violation.
              Set<String> seen = new HashSet<>();
              for (CodedEvent event : result.events()) {
                String mentionId = EventJson.id(event);
                if (!seen.add(mentionId)) {
                  continue;
                }
                addMention(
                    batch,
                    event,
                    mentionId,
                    article,
                    result.annotated().sentences().get(event.sentence()).begin());
                mentions++;
              }
              rememberActors(batch, result.events());
              stored++;
            }
            for (Rejected rejected : rejects) {
              insertReject(batch, rejected);
            }
          }
          return new BatchResult(stored, skipped, mentions, renamed, repeated);
        });
  }

  /** The statements of one batch, and the event numbers it hands out. */
  private static final class Batch implements AutoCloseable {
    private final Connection connection;
    private final Statements statements;
    private long nextSeq;

    Batch(Connection connection) {
      this.connection = connection;
      this.statements = new Statements(connection);
    }

    PreparedStatement statement(String sql) throws SQLException {
      return statements.get(sql);
    }

    /** Event numbers continue from the store's highest; only this batch writes meanwhile. */
    long nextSeq() throws SQLException {
      if (nextSeq == 0) {
        try (PreparedStatement max =
                connection.prepareStatement("SELECT coalesce(max(event_seq), 0) + 1 FROM events");
            ResultSet rs = max.executeQuery()) {
          rs.next();
          nextSeq = rs.getLong(1);
        }
      }
      return nextSeq++;
    }

    @Override
    public void close() throws SQLException {
      statements.close();
    }
  }

  private void insertArticle(Batch batch, Stages.Result result, String hash) throws SQLException {
    Article a = result.annotated().article();
    PreparedStatement insert =
        batch.statement(
            "INSERT INTO articles (article_id, content_hash, url, source, published, title, text, sentences, run_id, ingested_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now())");
    insert.setString(1, a.id());
    insert.setString(2, hash);
    insert.setString(3, a.url());
    insert.setString(4, a.source());
    setDate(insert, 5, a.published());
    insert.setString(6, a.title());
    insert.setString(7, a.text());
    insert.setInt(8, result.annotated().sentences().size());
    insert.setString(9, runId);
    insert.executeUpdate();
  }

  private void addMention(
      Batch batch, CodedEvent e, String mentionId, Article article, int evidenceStart)
      throws SQLException {
    EventKey key = EventKey.of(e);
    String eventId = findEvent(batch, key, e);
    boolean created = eventId == null;
    if (created) {
      eventId = "e" + mentionId;
    }
    String record = EventJson.toJson(e);
    PreparedStatement insert =
        batch.statement(
            "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ActorMention s = e.source();
    ActorMention t = e.target();
    int i = 1;
    insert.setString(i++, mentionId);
    insert.setString(i++, eventId);
    insert.setString(i++, e.article());
    insert.setInt(i++, e.sentence());
    setDate(insert, i++, e.date());
    insert.setString(i++, e.dateBasis().label());
    i = bindCoding(insert, i, e);
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
    insert.setString(i, record);
    insert.executeUpdate();
    if (created) {
      createEvent(batch, eventId, key, e, mentionId, record, article);
    } else {
      refreshEvent(batch, eventId);
    }
  }

  /**
   * Binds the columns mentions and events share, in their order: actors (code, country, name) and
   * the CAMEO code with its root, QuadClass, Goldstein and PLOVER type. Returns the next index.
   */
  private static int bindCoding(PreparedStatement statement, int from, CodedEvent e)
      throws SQLException {
    ActorMention s = e.source();
    ActorMention t = e.target();
    int i = from;
    statement.setString(i++, s.code().code());
    statement.setString(i++, s.code().country());
    statement.setString(i++, s.name());
    statement.setString(i++, t == null ? null : t.code().code());
    statement.setString(i++, t == null ? null : t.code().country());
    statement.setString(i++, t == null ? null : t.name());
    statement.setString(i++, e.code().code());
    statement.setString(i++, e.code().root());
    statement.setInt(i++, e.code().quadClass());
    statement.setDouble(i++, e.code().goldstein());
    statement.setString(i++, e.code().plover());
    return i;
  }

  /**
   * The event a mention joins, or null: same key and a date within the window, the closest (then
   * the oldest) as {@link WindowDeduplicator} chooses; an undated mention joins an undated event of
   * its own article.
   */
  private static String findEvent(Batch batch, EventKey key, CodedEvent e) throws SQLException {
    String where =
        "SELECT event_id, date FROM events WHERE family = ? AND first_actor = ? AND second_actor = ? AND unordered = ?";
    PreparedStatement find =
        batch.statement(
            e.date() == null
                ? where
                    + " AND date IS NULL AND event_id IN (SELECT event_id FROM mentions WHERE article_id = ?) ORDER BY event_seq"
                : where + " AND date BETWEEN ? AND ? ORDER BY event_seq");
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
        if (e.date() == null) {
          return rs.getString(1);
        }
        long distance = Math.abs(rs.getDate(2).toLocalDate().toEpochDay() - e.date().toEpochDay());
        if (distance < bestDistance) {
          best = rs.getString(1);
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  private static void createEvent(
      Batch batch,
      String eventId,
      EventKey key,
      CodedEvent e,
      String mentionId,
      String record,
      Article article)
      throws SQLException {
    LocalDate seen = article.published();
    PreparedStatement insert =
        batch.statement(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, 1, ?, ?, ?, ?, ?)");
    int i = 1;
    insert.setString(i++, eventId);
    insert.setLong(i++, batch.nextSeq());
    setDate(insert, i++, e.date());
    insert.setString(i++, key.family());
    insert.setString(i++, key.first());
    insert.setString(i++, key.second());
    insert.setBoolean(i++, key.symmetric());
    i = bindCoding(insert, i, e);
    insert.setString(i++, e.code().mode());
    setDate(insert, i++, seen);
    setDate(insert, i++, seen);
    insert.setString(i++, mentionId);
    insert.setString(i++, e.evidence());
    insert.setString(i, record);
    insert.executeUpdate();
  }

  /** Recomputes an event's date, counts and representative mention from its mentions. */
  private static void refreshEvent(Batch batch, String eventId) throws SQLException {
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
    PreparedStatement mentions =
        batch.statement(
            "SELECT m.mention_id, m.date, m.date_basis, m.article_id, coalesce(a.source, m.article_id), a.published, m.confidence,"
                + " m.evidence, m.record"
                + " FROM mentions m JOIN articles a ON a.article_id = m.article_id WHERE m.event_id = ? ORDER BY m.rowid");
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
    PreparedStatement update =
        batch.statement(
            "UPDATE events SET date = ?, num_mentions = ?, num_articles = ?, num_sources = ?, first_seen = ?, last_seen = ?,"
                + " representative = ?, evidence = ?, record = ? WHERE event_id = ?");
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

  /** Names the text taught ("Iranian President Ebrahim Raisi"), with their codes and dates. */
  private static void rememberActors(Batch batch, List<CodedEvent> events) throws SQLException {
    PreparedStatement upsert =
        batch.statement(
            "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT (name, code) DO UPDATE SET"
                + " first_date = least(actors.first_date, excluded.first_date), last_date = greatest(actors.last_date, excluded.last_date),"
                + " mentions = actors.mentions + 1");
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

  private void insertReject(Batch batch, Rejected r) throws SQLException {
    PreparedStatement insert =
        batch.statement(
            "INSERT INTO rejects VALUES (?, ?, ?, ?, ?, ?, now()) ON CONFLICT DO NOTHING");
    insert.setString(1, r.source());
    insert.setInt(2, r.line());
    insert.setString(3, r.stage());
    insert.setString(4, r.reason());
    insert.setString(5, r.articleId());
    insert.setString(6, runId);
    insert.executeUpdate();
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
